package palisade.rules.aws.iam.console_mfa_test

import data.palisade.rules.aws.iam.console_mfa

user(login, mfa) := {"id": "u", "type": "aws.iam.user", "name": "u", "properties": {"login_profile": login, "mfa_active": mfa}, "tags": {}}

test_console_without_mfa if {
	count(console_mfa.deny) == 1 with input.resources as [user(true, false)]
}

test_mfa_no_console_or_unknown if {
	count(console_mfa.deny) == 0 with input.resources as [user(true, true)]
	count(console_mfa.deny) == 0 with input.resources as [user(false, false)]
	count(console_mfa.deny) == 0 with input.resources as [user({"$unknown": "x"}, {"$unknown": "x"})]
}
