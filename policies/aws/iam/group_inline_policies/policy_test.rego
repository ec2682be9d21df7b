package palisade.rules.aws.iam.group_inline_policies_test

import data.palisade.rules.aws.iam.group_inline_policies

doc := {"statements": []}

group(policies) := {"id": "g", "type": "aws.iam.group", "name": "g", "tags": {}, "properties": {"group_name": "g", "policies": policies, "managed_policy_arns": []}}

test_inline if {
	r := group_inline_policies.deny with input.resources as [group([{"name": "ops", "document": doc}])]
	r == {{"resource": "g", "path": ["properties", "policies", 0], "msg": "IAM group 'g' has an inline policy 'ops'."}}
}

test_not_reported if {
	count(group_inline_policies.deny) == 0 with input.resources as [group([])]
	attached := {"id": "p", "type": "aws.iam.policy", "name": "P", "tags": {}, "properties": {"policy_name": "p", "document": {"statements": [{"sid": "x"}]}, "attached": {"roles": [], "users": [], "groups": ["ref:g"]}}}
	count(group_inline_policies.deny) == 0 with input.resources as [group([{"name": "p", "document": {"statements": [{"sid": "x"}]}}]), attached]
}
