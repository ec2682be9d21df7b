package palisade.rules.aws.lambda.permission_unrestricted_test

import data.palisade.rules.aws.lambda.permission_unrestricted

perm(fields) := object.union(
	{"principal": "s3.amazonaws.com", "action": "lambda:InvokeFunction", "source_arn": null, "source_account": null, "function_url_auth_type": null},
	fields,
)

fn(permissions, url) := {"id": "f", "type": "aws.lambda.function", "name": "f", "properties": {"permissions": permissions, "url": url}, "tags": {}}

test_service_without_source if {
	r := permission_unrestricted.deny with input.resources as [fn([perm({"source_arn": "arn:aws:sns:eu-west-1:111122223333:t"}), perm({})], null)]
	r == {{"resource": "f", "path": ["properties", "permissions", 1], "msg": "Lambda function 'f' lets s3.amazonaws.com invoke it without a source ARN or account."}}
}

test_any_principal if {
	count(permission_unrestricted.deny) == 1 with input.resources as [fn([perm({"principal": "*"})], null)]
	count(permission_unrestricted.deny) == 1 with input.resources as [fn([perm({"principal": "*", "function_url_auth_type": "AWS_IAM"})], {"auth_type": "AWS_IAM"})]
}

test_restricted if {
	count(permission_unrestricted.deny) == 0 with input.resources as [fn([perm({"source_account": "111122223333"})], null)]
	count(permission_unrestricted.deny) == 0 with input.resources as [fn([perm({"source_arn": {"$unknown": "Fn::GetAtt"}})], null)]
	count(permission_unrestricted.deny) == 0 with input.resources as [fn([perm({"principal": "111122223333"})], null)]
	count(permission_unrestricted.deny) == 0 with input.resources as [fn([perm({"principal": {"$unknown": "Ref"}})], null)]
	count(permission_unrestricted.deny) == 0 with input.resources as [fn([perm({"principal": "*", "principal_org_id": "o-a1b2c3d4e5"})], null)]
	count(permission_unrestricted.deny) == 0 with input.resources as [fn([perm({"principal": "*", "principal_org_id": {"$unknown": "Ref"}})], null)]
}

test_public_url_permission_is_pal_lambda_001s if {
	p := perm({"principal": "*", "action": "lambda:InvokeFunctionUrl", "function_url_auth_type": "NONE"})
	count(permission_unrestricted.deny) == 0 with input.resources as [fn([p], {"auth_type": "NONE"})]
}
