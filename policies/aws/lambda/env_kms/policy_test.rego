package palisade.rules.aws.lambda.env_kms_test

import data.palisade.rules.aws.lambda.env_kms

fn(env, key) := {"id": "f", "type": "aws.lambda.function", "name": "f", "tags": {}, "properties": {"environment": env, "kms_key_id": key}}

var := {"TABLE": {"value": "orders", "secret_name": false, "secret_value": false}}

test_managed_key if {
	r := env_kms.deny with input.resources as [fn(var, null)]
	r == {{"resource": "f", "path": ["properties", "kms_key_id"], "msg": "Lambda function 'f' has environment variables encrypted only with the AWS-managed key."}}
}

test_not_reported if {
	count(env_kms.deny) == 0 with input.resources as [fn(var, "arn:aws:kms:eu-west-1:111122223333:key/1")]
	count(env_kms.deny) == 0 with input.resources as [fn({}, null)]
	count(env_kms.deny) == 0 with input.resources as [fn({"$unknown": "Fn::If"}, null)]
	count(env_kms.deny) == 0 with input.resources as [fn(var, {"$unknown": "Ref"})]
}
