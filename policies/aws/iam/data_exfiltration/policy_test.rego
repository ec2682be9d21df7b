package palisade.rules.aws.iam.data_exfiltration_test

import data.palisade.rules.aws.iam.data_exfiltration

stmt(actions, resources) := {"sid": null, "effect": "Allow", "principal": null, "not_principal": false, "actions": actions, "not_actions": [], "resources": resources, "not_resources": [], "conditions": {}}

policy(s) := {"id": "p", "type": "aws.iam.policy", "name": "p", "tags": {}, "properties": {"policy_name": "p", "document": {"statements": [s]}, "attached": {"roles": [], "users": [], "groups": []}}}

test_read_everything if {
	r := data_exfiltration.deny with input.resources as [policy(stmt(["ssm:getparameter*", "secretsmanager:getsecretvalue"], ["*"]))]
	r == {{"resource": "p", "path": ["properties", "document", "statements", 0, "actions"], "msg": "IAM policy 'p' allows reading data or secrets from every resource: secretsmanager:getsecretvalue, ssm:getparameter, ssm:getparameters, ssm:getparametersbypath."}}
}

test_not_reported if {
	count(data_exfiltration.deny) == 0 with input.resources as [policy(stmt(["s3:getobject"], ["arn:aws:s3:::reports/*"]))]
	count(data_exfiltration.deny) == 0 with input.resources as [policy(stmt(["s3:*"], ["*"]))]
	count(data_exfiltration.deny) == 0 with input.resources as [policy(stmt(["s3:listallmybuckets"], ["*"]))]
	count(data_exfiltration.deny) == 0 with input.resources as [policy(stmt(["s3:getobject"], [{"$unknown": "Fn::If"}]))]
}

cond(s, c) := object.union(s, {"conditions": c})

test_decrypt_scoped_by_condition if {
	via := {"StringEquals": {"kms:viaservice": ["ssm.eu-west-1.amazonaws.com"]}}
	count(data_exfiltration.deny) == 0 with input.resources as [policy(cond(stmt(["kms:decrypt"], ["*"]), via))]
	ctx := {"StringEquals": {"kms:encryptioncontext:aws:ssm:parametername": ["/app/db"]}}
	count(data_exfiltration.deny) == 0 with input.resources as [policy(cond(stmt(["kms:decrypt"], ["*"]), ctx))]
}

test_decrypt_on_every_key if {
	r := data_exfiltration.deny with input.resources as [policy(stmt(["kms:decrypt"], ["*"]))]
	count(r) == 1

	# A condition that does not narrow, or a scoped Decrypt next to an unscoped read, is still reported.
	wide := {"StringLike": {"kms:viaservice": ["*"]}}
	count(data_exfiltration.deny) == 1 with input.resources as [policy(cond(stmt(["kms:decrypt"], ["*"]), wide))]
	via := {"StringEquals": {"kms:viaservice": ["secretsmanager.eu-west-1.amazonaws.com"]}}
	mixed := data_exfiltration.deny with input.resources as [policy(cond(stmt(["kms:decrypt", "s3:getobject"], ["*"]), via))]
	[f.msg | some f in mixed] == ["IAM policy 'p' allows reading data or secrets from every resource: s3:getobject."]
}
