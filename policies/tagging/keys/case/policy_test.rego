package palisade.rules.tagging.keys.case_test

import data.palisade.rules.tagging.keys.case

res(tags) := {"id": "r", "type": "aws.s3.bucket", "name": "x", "tags": tags, "properties": {}}

test_configured_spelling if {
	r := case.deny with input.resources as [res({"Owner": "a"})] with data.config as {"required_tags": ["owner"]}
	r == {{"resource": "r", "path": ["tags", "Owner"], "msg": "x: the key 'Owner' differs only by case from the configured 'owner'."}}
}

test_two_spellings if {
	r := case.deny with input.resources as [res({"team": "a", "Team": "b"})]
	r == {{"resource": "r", "path": ["tags", "team"], "msg": "x: the keys 'Team' and 'team' differ only by case."}}
}

test_one_spelling if {
	count(case.deny) == 0 with input.resources as [res({"owner": "a", "Team": "b"})] with data.config as {"required_tags": ["owner"]}
}
