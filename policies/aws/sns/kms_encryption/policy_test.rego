package palisade.rules.aws.sns.kms_encryption_test

import data.palisade.rules.aws.sns.kms_encryption

topic(v) := {"id": "t", "type": "aws.sns.topic", "name": "t", "tags": {}, "properties": {"kms_key_id": v}}

test_no_key if {
	r := kms_encryption.deny with input.resources as [topic(null)]
	r == {{"resource": "t", "path": ["properties", "kms_key_id"], "msg": "SNS topic 't' is not encrypted with a KMS key."}}
}

test_key_or_unknown if {
	count(kms_encryption.deny) == 0 with input.resources as [topic("alias/aws/sns")]
	count(kms_encryption.deny) == 0 with input.resources as [topic({"$unknown": "Ref"})]
}
