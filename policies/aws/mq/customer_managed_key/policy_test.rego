package palisade.rules.aws.mq.customer_managed_key_test

import data.palisade.rules.aws.mq.customer_managed_key

broker(owned, key) := {"id": "b", "type": "aws.mq.broker", "name": "b", "tags": {}, "properties": {"encryption": {"use_aws_owned_key": owned, "kms_key_id": key}}}

test_aws_keys if {
	r := customer_managed_key.deny with input.resources as [broker(true, null)]
	r == {{"resource": "b", "path": ["properties", "encryption", "use_aws_owned_key"], "msg": "Amazon MQ broker 'b' is encrypted with an AWS owned key, not a customer managed one."}}
	r2 := customer_managed_key.deny with input.resources as [broker(false, null)]
	r2 == {{"resource": "b", "path": ["properties", "encryption", "kms_key_id"], "msg": "Amazon MQ broker 'b' is encrypted with the AWS managed key, not a customer managed one."}}
}

test_customer_key if {
	count(customer_managed_key.deny) == 0 with input.resources as [broker(false, "arn:aws:kms:us-east-1:111122223333:key/k")]
	count(customer_managed_key.deny) == 0 with input.resources as [broker({"$unknown": "Ref"}, null)]
}
