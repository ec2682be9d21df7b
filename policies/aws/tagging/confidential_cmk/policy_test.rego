package palisade.rules.aws.tagging.confidential_cmk_test

import data.palisade.rules.aws.tagging.confidential_cmk

conf := {"DataClassification": "confidential"}

bucket(enc, tags) := {"id": "b", "type": "aws.s3.bucket", "name": "b", "tags": tags, "properties": {"encryption": enc}}

test_aws_keys_on_confidential_data if {
	count(confidential_cmk.deny) == 1 with input.resources as [bucket({"configured": false, "algorithm": null, "kms_key_id": null}, conf)]
	count(confidential_cmk.deny) == 1 with input.resources as [bucket({"configured": true, "algorithm": "aws:kms", "kms_key_id": "alias/aws/s3"}, conf)]
	count(confidential_cmk.deny) == 1 with input.resources as [bucket({"configured": true, "algorithm": "AES256", "kms_key_id": "arn:aws:kms:us-east-1:1:key/k"}, conf)]
	q := {"id": "q", "type": "aws.sqs.queue", "name": "q", "tags": conf, "properties": {"encryption": {"enabled": true, "kms_key_id": null}}}
	count(confidential_cmk.deny) == 1 with input.resources as [q]
	t := {"id": "t", "type": "aws.dynamodb.table", "name": "t", "tags": conf, "properties": {"encryption": {"customer_managed": false, "kms_key_id": null}}}
	count(confidential_cmk.deny) == 1 with input.resources as [t]
}

test_customer_key_unknown_or_not_confidential if {
	count(confidential_cmk.deny) == 0 with input.resources as [bucket({"configured": true, "algorithm": "aws:kms", "kms_key_id": "arn:aws:kms:us-east-1:1:key/k"}, conf)]
	count(confidential_cmk.deny) == 0 with input.resources as [bucket({"configured": true, "algorithm": "aws:kms", "kms_key_id": {"$unknown": "GetAtt"}}, conf)]
	count(confidential_cmk.deny) == 0 with input.resources as [bucket({"$unknown": "If"}, conf)]
	count(confidential_cmk.deny) == 0 with input.resources as [bucket({"configured": false, "algorithm": null, "kms_key_id": null}, {"DataClassification": "internal"})]
}
