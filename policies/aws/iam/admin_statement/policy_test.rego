package palisade.rules.aws.iam.admin_statement_test

import data.palisade.rules.aws.iam.admin_statement

stmt(effect, actions, resources) := {
	"sid": null, "effect": effect, "principal": null, "not_principal": false,
	"actions": actions, "not_actions": [], "resources": resources, "not_resources": [], "conditions": {},
}

role(statements) := {
	"id": "r", "type": "aws.iam.role", "name": "r", "tags": {},
	"properties": {"policies": [{"name": "p", "document": {"statements": statements}}]},
}

test_star_on_star if {
	r := admin_statement.deny with input.resources as [role([stmt("Allow", ["s3:getobject"], ["*"]), stmt("Allow", ["*"], ["*"])])]
	r == {{"resource": "r", "path": ["properties", "policies", 0, "document", "statements", 1, "actions"], "msg": "IAM role 'r' has a policy statement that allows every action on every resource."}}
}

test_managed_policy if {
	p := {"id": "p", "type": "aws.iam.policy", "name": "p", "tags": {}, "properties": {"document": {"statements": [stmt("Allow", ["*:*"], ["*"])]}}}
	r := admin_statement.deny with input.resources as [p]
	r == {{"resource": "p", "path": ["properties", "document", "statements", 0, "actions"], "msg": "IAM policy 'p' has a policy statement that allows every action on every resource."}}
}

test_not_admin if {
	count(admin_statement.deny) == 0 with input.resources as [role([stmt("Deny", ["*"], ["*"])])]
	count(admin_statement.deny) == 0 with input.resources as [role([stmt("Allow", ["*"], ["arn:aws:s3:::b/*"])])]
	count(admin_statement.deny) == 0 with input.resources as [role([stmt("Allow", [{"$unknown": "Ref"}], ["*"])])]
	count(admin_statement.deny) == 0 with input.resources as [role([stmt("Allow", ["s3:*"], ["*"])])]
}

test_not_action_on_star if {
	s := object.union(stmt("Allow", [], ["*"]), {"not_actions": ["organizations:*"]})
	r := admin_statement.deny with input.resources as [role([s])]
	r == {{"resource": "r", "path": ["properties", "policies", 0, "document", "statements", 0, "not_actions"], "msg": "IAM role 'r' has a policy statement that allows every action except organizations:* on every resource."}}
	count(admin_statement.deny) == 0 with input.resources as [role([object.union(s, {"not_actions": ["iam:*"]})])]
	count(admin_statement.deny) == 0 with input.resources as [role([object.union(s, {"not_actions": ["s3:*"], "resources": ["arn:aws:s3:::b"]})])]
}
