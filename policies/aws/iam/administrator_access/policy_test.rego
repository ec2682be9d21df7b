package palisade.rules.aws.iam.administrator_access_test

import data.palisade.rules.aws.iam.administrator_access

role(arns) := {"id": "r", "type": "aws.iam.role", "name": "r", "tags": {}, "properties": {"managed_policy_arns": arns}}

test_attached if {
	r := administrator_access.deny with input.resources as [role(["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/AdministratorAccess"])]
	r == {{"resource": "r", "path": ["properties", "managed_policy_arns", 1], "msg": "IAM role 'r' has the AdministratorAccess managed policy attached."}}
	count(administrator_access.deny) == 1 with input.resources as [role(["arn:aws-us-gov:iam::aws:policy/AdministratorAccess"])]
}

test_others if {
	count(administrator_access.deny) == 0 with input.resources as [role(["arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"])]
	count(administrator_access.deny) == 0 with input.resources as [role(["arn:aws:iam::111122223333:policy/AdministratorAccess"])]
	count(administrator_access.deny) == 0 with input.resources as [role([{"$unknown": "Fn::Join"}])]
}
