package palisade.rules.aws.iam.cross_account_trust_test

import data.palisade.rules.aws.iam.cross_account_trust

trust(aws_principals, conditions) := {
	"sid": null, "effect": "Allow", "not_principal": false,
	"principal": {"any": false, "aws": aws_principals, "service": [], "federated": []},
	"actions": ["sts:assumerole"], "not_actions": [], "resources": [], "not_resources": [], "conditions": conditions,
}

role(id, s) := {"id": id, "type": "aws.iam.role", "name": "r", "tags": {}, "properties": {"assume_role_policy": {"statements": [s]}}}

test_other_account if {
	r := cross_account_trust.deny with input.resources as [role("t.yaml#R", trust(["arn:aws:iam::444455556666:root", "111122223333"], {}))]
	r == {{"resource": "t.yaml#R", "path": ["properties", "assume_role_policy", "statements", 0], "msg": "IAM role 'r' can be assumed from accounts 111122223333, 444455556666 without an external id."}}
}

test_external_id_or_org if {
	count(cross_account_trust.deny) == 0 with input.resources as [role("R", trust(["444455556666"], {"StringEquals": {"sts:externalid": ["x-1"]}}))]
	count(cross_account_trust.deny) == 0 with input.resources as [role("R", trust(["444455556666"], {"StringEquals": {"aws:principalorgid": ["o-abc123"]}}))]
	count(cross_account_trust.deny) == 0 with input.resources as [role("R", trust(["444455556666"], {"Bool": {"aws:multifactorauthpresent": ["true"]}}))]
	count(cross_account_trust.deny) == 0 with input.resources as [role("R", trust(["444455556666"], {"$unknown": "Fn::If"}))]
}

test_live_same_account_is_not_cross_account if {
	live := "arn:aws:iam::111122223333:role/r"
	count(cross_account_trust.deny) == 0 with input.resources as [role(live, trust(["arn:aws:iam::111122223333:role/admin"], {}))]
	count(cross_account_trust.deny) == 1 with input.resources as [role(live, trust(["arn:aws:iam::444455556666:root"], {}))]
}

test_unknown_or_public_principals if {
	count(cross_account_trust.deny) == 0 with input.resources as [role("R", trust([{"$unknown": "Fn::Sub"}], {}))]
	count(cross_account_trust.deny) == 0 with input.resources as [role("R", trust(["*"], {}))]
}

test_condition_values_that_do_not_restrict if {
	count(cross_account_trust.deny) == 1 with input.resources as [role("R", trust(["444455556666"], {"Bool": {"aws:multifactorauthpresent": ["false"]}}))]
	count(cross_account_trust.deny) == 1 with input.resources as [role("R", trust(["444455556666"], {"StringEquals": {"sts:externalid": [""]}}))]
	count(cross_account_trust.deny) == 1 with input.resources as [role("R", trust(["444455556666"], {"StringLike": {"sts:externalid": ["*"]}}))]
	count(cross_account_trust.deny) == 0 with input.resources as [role("R", trust(["444455556666"], {"Bool": {"aws:multifactorauthpresent": [true]}}))]
}
