package palisade.rules.aws.dynamodb.kms_cmk_test

import data.palisade.rules.aws.dynamodb.kms_cmk

table(v) := {"id": "t", "type": "aws.dynamodb.table", "name": "t", "tags": {}, "properties": {"encryption": {"customer_managed": v, "kms_key_id": null}}}

test_aws_owned if {
	r := kms_cmk.deny with input.resources as [table(false)]
	r == {{"resource": "t", "path": ["properties", "encryption", "customer_managed"], "msg": "DynamoDB table 't' is not encrypted with a customer managed KMS key."}}
}

test_cmk_or_unknown if {
	count(kms_cmk.deny) == 0 with input.resources as [table(true)]
	count(kms_cmk.deny) == 0 with input.resources as [table({"$unknown": "Fn::If"})]
}
