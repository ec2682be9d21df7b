package palisade.rules.aws.iam.user_policies_test

import data.palisade.rules.aws.iam.user_policies

user(policies, arns) := {"id": "u", "type": "aws.iam.user", "name": "u", "tags": {}, "properties": {"policies": policies, "managed_policy_arns": arns, "groups": []}}

doc := {"statements": []}

test_inline if {
	r := user_policies.deny with input.resources as [user([{"name": "p", "document": doc}], ["arn:aws:iam::aws:policy/ReadOnlyAccess"])]
	r == {{"resource": "u", "path": ["properties", "policies"], "msg": "IAM user 'u' has policies of its own instead of through a group."}}
}

test_managed if {
	r := user_policies.deny with input.resources as [user([], ["arn:aws:iam::aws:policy/ReadOnlyAccess"])]
	r == {{"resource": "u", "path": ["properties", "managed_policy_arns"], "msg": "IAM user 'u' has managed policies attached directly instead of through a group."}}
}

test_groups_only if {
	count(user_policies.deny) == 0 with input.resources as [user([], [])]
}
