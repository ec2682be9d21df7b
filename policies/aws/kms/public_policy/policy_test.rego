package palisade.rules.aws.kms.public_policy_test

import data.palisade.rules.aws.kms.public_policy

stmt(principal, conditions) := {
	"sid": null, "effect": "Allow", "principal": principal, "not_principal": false,
	"actions": ["kms:decrypt"], "not_actions": [], "resources": ["*"], "not_resources": [], "conditions": conditions,
}

key(statements) := {"id": "k", "type": "aws.kms.key", "name": "k", "tags": {}, "properties": {"policy": {"statements": statements}}}

anyone := {"any": true, "aws": ["*"], "service": [], "federated": []}

root := {"any": false, "aws": ["arn:aws:iam::111122223333:root"], "service": [], "federated": []}

test_public if {
	r := public_policy.deny with input.resources as [key([stmt(root, {}), stmt(anyone, {})])]
	r == {{"resource": "k", "path": ["properties", "policy", "statements", 1, "principal"], "msg": "KMS key 'k' has a key policy statement that allows public access."}}
}

test_via_service_pattern if {
	c := {"StringEquals": {"kms:calleraccount": ["111122223333"], "kms:viaservice": ["s3.eu-west-1.amazonaws.com"]}}
	count(public_policy.deny) == 0 with input.resources as [key([stmt(anyone, c)])]
}

test_via_service_alone_is_public if {
	c := {"StringEquals": {"kms:viaservice": ["s3.eu-west-1.amazonaws.com"]}}
	count(public_policy.deny) == 1 with input.resources as [key([stmt(anyone, c)])]
}

test_account_root if {
	count(public_policy.deny) == 0 with input.resources as [key([stmt(root, {})])]
}
