package palisade.rules.aws.ecr.public_policy_test

import data.palisade.rules.aws.ecr.public_policy

stmt(principal, conditions) := {"sid": null, "effect": "Allow", "principal": principal, "not_principal": false, "actions": ["ecr:batchgetimage"], "not_actions": [], "resources": [], "not_resources": [], "conditions": conditions}

anyone := {"any": true, "aws": [], "service": [], "federated": []}

repo(s) := {"id": "r", "type": "aws.ecr.repository", "name": "r", "tags": {}, "properties": {"policy": {"statements": [s]}}}

test_public if {
	r := public_policy.deny with input.resources as [repo(stmt(anyone, {}))]
	r == {{"resource": "r", "path": ["properties", "policy", "statements", 0], "msg": "ECR repository 'r' has a policy that allows public access."}}
}

test_not_public if {
	count(public_policy.deny) == 0 with input.resources as [repo(stmt({"any": false, "aws": ["arn:aws:iam::111122223333:root"], "service": [], "federated": []}, {}))]
	count(public_policy.deny) == 0 with input.resources as [repo(stmt(anyone, {"stringequals": {"aws:principalorgid": ["o-abc123"]}}))]
	count(public_policy.deny) == 0 with input.resources as [{"id": "r", "type": "aws.ecr.repository", "name": "r", "tags": {}, "properties": {"policy": null}}]
}
