package palisade.rules.aws.iam.root_account_test

import data.palisade.rules.aws.iam.root_account

acct(root) := {"id": "arn:aws:iam::111122223333:root", "type": "aws.iam.account", "name": "111122223333", "properties": {"root": root, "password_policy": null}, "tags": {}}

test_keys_and_no_mfa if {
	count(root_account.deny) == 2 with input.resources as [acct({"access_keys_active": true, "mfa_active": false})]
}

test_clean_or_unknown if {
	count(root_account.deny) == 0 with input.resources as [acct({"access_keys_active": false, "mfa_active": true})]
	count(root_account.deny) == 0 with input.resources as [acct({"access_keys_active": {"$unknown": "x"}, "mfa_active": {"$unknown": "x"}})]
}
