package palisade.rules.aws.iam.public_trust_test

import data.palisade.rules.aws.iam.public_trust

trust(principal, conditions) := {
	"sid": null, "effect": "Allow", "principal": principal, "not_principal": false,
	"actions": ["sts:assumerole"], "not_actions": [], "resources": [], "not_resources": [], "conditions": conditions,
}

role(s) := {"id": "r", "type": "aws.iam.role", "name": "r", "tags": {}, "properties": {"assume_role_policy": {"statements": [s]}}}

anyone := {"any": true, "aws": ["*"], "service": [], "federated": []}

test_anyone if {
	r := public_trust.deny with input.resources as [role(trust(anyone, {}))]
	r == {{"resource": "r", "path": ["properties", "assume_role_policy", "statements", 0, "principal"], "msg": "IAM role 'r' can be assumed by any AWS account."}}
	count(public_trust.deny) == 1 with input.resources as [role(trust(anyone, {"StringEquals": {"sts:externalid": ["abc"]}}))]
}

test_narrowed if {
	count(public_trust.deny) == 0 with input.resources as [role(trust(anyone, {"StringEquals": {"aws:principalorgid": ["o-abc123"]}}))]
	count(public_trust.deny) == 0 with input.resources as [role(trust({"any": false, "aws": [], "service": ["lambda.amazonaws.com"], "federated": []}, {}))]
	count(public_trust.deny) == 0 with input.resources as [role(trust({"any": false, "aws": ["arn:aws:iam::111122223333:root"], "service": [], "federated": []}, {}))]
	count(public_trust.deny) == 0 with input.resources as [role(trust(anyone, {"$unknown": "Fn::If"}))]
}
