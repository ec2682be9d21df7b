package palisade.rules.aws.iam.pass_role_wildcard_test

import data.palisade.rules.aws.iam.pass_role_wildcard

stmt(actions, resources) := {
	"sid": null, "effect": "Allow", "principal": null, "not_principal": false,
	"actions": actions, "not_actions": [], "resources": resources, "not_resources": [], "conditions": {},
}

user(s) := {
	"id": "u", "type": "aws.iam.user", "name": "u", "tags": {},
	"properties": {"policies": [{"name": "p", "document": {"statements": [s]}}]},
}

test_pass_any_role if {
	r := pass_role_wildcard.deny with input.resources as [user(stmt(["iam:passrole"], ["*"]))]
	r == {{"resource": "u", "path": ["properties", "policies", 0, "document", "statements", 0, "actions"], "msg": "IAM user 'u' allows iam:PassRole on every role."}}
	count(pass_role_wildcard.deny) == 1 with input.resources as [user(stmt(["iam:pass*"], ["arn:aws:iam::111122223333:role/*"]))]
}

test_scoped_or_covered_elsewhere if {
	count(pass_role_wildcard.deny) == 0 with input.resources as [user(stmt(["iam:passrole"], ["arn:aws:iam::111122223333:role/app-task"]))]
	count(pass_role_wildcard.deny) == 0 with input.resources as [user(stmt(["iam:getrole"], ["*"]))]
	count(pass_role_wildcard.deny) == 0 with input.resources as [user(stmt(["iam:*"], ["*"]))]
	count(pass_role_wildcard.deny) == 0 with input.resources as [user(stmt(["iam:passrole"], [{"$unknown": "Fn::GetAtt"}]))]
}
