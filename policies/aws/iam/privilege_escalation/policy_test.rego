package palisade.rules.aws.iam.privilege_escalation_test

import data.palisade.rules.aws.iam.privilege_escalation

stmt(actions, resources) := {"sid": null, "effect": "Allow", "principal": null, "not_principal": false, "actions": actions, "not_actions": [], "resources": resources, "not_resources": [], "conditions": {}}

role(s) := {"id": "r", "type": "aws.iam.role", "name": "r", "tags": {}, "properties": {"role_name": "r", "assume_role_policy": null, "policies": [{"name": "p", "document": {"statements": [s]}}], "managed_policy_arns": [], "permissions_boundary": null}}

test_escalation if {
	r := privilege_escalation.deny with input.resources as [role(stmt(["iam:attachrolepolicy", "s3:getobject"], ["*"]))]
	r == {{"resource": "r", "path": ["properties", "policies", 0, "document", "statements", 0, "actions"], "msg": "IAM role 'r' allows actions that escalate privileges on every resource: iam:attachrolepolicy."}}
}

test_wildcard_pattern if {
	r := privilege_escalation.deny with input.resources as [role(stmt(["iam:createpolicy*"], ["*"]))]
	r == {{"resource": "r", "path": ["properties", "policies", 0, "document", "statements", 0, "actions"], "msg": "IAM role 'r' allows actions that escalate privileges on every resource: iam:createpolicyversion."}}
}

test_not_reported if {
	count(privilege_escalation.deny) == 0 with input.resources as [role(stmt(["iam:attachrolepolicy"], ["arn:aws:iam::111122223333:role/app"]))]
	count(privilege_escalation.deny) == 0 with input.resources as [role(stmt(["iam:*"], ["*"]))]
	count(privilege_escalation.deny) == 0 with input.resources as [role(stmt(["*"], ["*"]))]
	count(privilege_escalation.deny) == 0 with input.resources as [role(stmt(["iam:getrole", "iam:listroles"], ["*"]))]
	count(privilege_escalation.deny) == 0 with input.resources as [role(object.union(stmt(["iam:putrolepolicy"], ["*"]), {"effect": "Deny"}))]
}
