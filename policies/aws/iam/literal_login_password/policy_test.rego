package palisade.rules.aws.iam.literal_login_password_test

import data.palisade.rules.aws.iam.literal_login_password

user(pw) := {"id": "u", "type": "aws.iam.user", "name": "u", "tags": {}, "properties": {"user_name": "u", "policies": [], "managed_policy_arns": [], "groups": [], "login_profile": true, "login_password": pw}}

test_literal if {
	r := literal_login_password.deny with input.resources as [user({"literal": true, "managed": false})]
	r == {{"resource": "u", "path": ["properties", "login_password"], "msg": "IAM user 'u' has its console password written in the template."}}
	r2 := literal_login_password.deny with input.resources as [user({"literal": true, "managed": true})]
	r2 == {{"resource": "u", "path": ["properties", "login_password"], "msg": "IAM user 'u' has its console password written in the template (the Default of a NoEcho parameter)."}}
}

test_not_reported if {
	count(literal_login_password.deny) == 0 with input.resources as [user(null)]
	count(literal_login_password.deny) == 0 with input.resources as [user({"literal": false, "managed": true})]
	count(literal_login_password.deny) == 0 with input.resources as [user({"literal": {"$unknown": "parts"}, "managed": {"$unknown": "parts"}})]
}
