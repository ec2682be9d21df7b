package palisade.rules.tagging.values.pattern_test

import data.palisade.rules.tagging.values.pattern

res(tags) := {"id": "r", "type": "aws.sqs.queue", "name": "x", "tags": tags, "properties": {}}

cfg := {"tags": {"pattern": {"CostCenter": "^[0-9]{4}$"}}}

test_mismatch if {
	count(pattern.deny) == 1 with input.resources as [res({"CostCenter": "12345"})] with data.config as cfg
}

test_match_absent_or_empty if {
	count(pattern.deny) == 0 with input.resources as [res({"CostCenter": "0042"})] with data.config as cfg
	count(pattern.deny) == 0 with input.resources as [res({})] with data.config as cfg
	count(pattern.deny) == 0 with input.resources as [res({"CostCenter": ""})] with data.config as cfg
}
