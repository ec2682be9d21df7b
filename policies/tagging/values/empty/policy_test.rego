package palisade.rules.tagging.values.empty_test

import data.palisade.rules.tagging.values.empty

res(tags) := {"id": "r", "type": "compose.service", "name": "x", "tags": tags, "properties": {}}

test_configured_key_empty if {
	count(empty.deny) == 1 with input.resources as [res({"owner": " "})] with data.config as {"required_tags": ["owner"]}
	count(empty.deny) == 1 with input.resources as [res({"CostCenter": ""})] with data.config as {"tags": {"pattern": {"CostCenter": "x"}}}
	count(empty.deny) == 1 with input.resources as [res({"DataClassification": ""})]
}

test_unconfigured_or_set if {
	count(empty.deny) == 0 with input.resources as [res({"scratch": ""})] with data.config as {"required_tags": ["owner"]}
	count(empty.deny) == 0 with input.resources as [res({"owner": "a"})] with data.config as {"required_tags": ["owner"]}
}
