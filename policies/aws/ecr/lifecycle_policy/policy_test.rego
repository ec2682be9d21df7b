package palisade.rules.aws.ecr.lifecycle_policy_test

import data.palisade.rules.aws.ecr.lifecycle_policy

repo(v) := {"id": "r", "type": "aws.ecr.repository", "name": "r", "tags": {}, "properties": {"lifecycle_policy": v}}

test_none if {
	r := lifecycle_policy.deny with input.resources as [repo(false)]
	r == {{"resource": "r", "path": ["properties", "lifecycle_policy"], "msg": "ECR repository 'r' has no lifecycle policy: old images are kept forever."}}
}

test_set_or_unknown if {
	count(lifecycle_policy.deny) == 0 with input.resources as [repo(true)]
	count(lifecycle_policy.deny) == 0 with input.resources as [repo({"$unknown": "Fn::If"})]
}
