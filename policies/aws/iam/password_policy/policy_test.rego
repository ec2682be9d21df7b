package palisade.rules.aws.iam.password_policy_test

import data.palisade.rules.aws.iam.password_policy

acct(p) := {"id": "a", "type": "aws.iam.account", "name": "111122223333", "properties": {"password_policy": p}, "tags": {}}

test_missing_or_weak if {
	count(password_policy.deny) == 1 with input.resources as [acct(null)]
	count(password_policy.deny) == 1 with input.resources as [acct({"minimum_length": 8, "reuse_prevention": null})]
}

test_strong_or_unknown if {
	count(password_policy.deny) == 0 with input.resources as [acct({"minimum_length": 14, "reuse_prevention": 24})]
	count(password_policy.deny) == 0 with input.resources as [acct({"$unknown": "x"})]
}
