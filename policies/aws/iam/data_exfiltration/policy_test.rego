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
