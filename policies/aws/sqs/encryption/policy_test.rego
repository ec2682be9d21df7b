package palisade.rules.aws.sqs.encryption_test

import data.palisade.rules.aws.sqs.encryption

queue(v) := {"id": "q", "type": "aws.sqs.queue", "name": "q", "tags": {}, "properties": {"encryption": {"enabled": v, "kms_key_id": null}}}

test_unencrypted if {
	r := encryption.deny with input.resources as [queue(false)]
	r == {{"resource": "q", "path": ["properties", "encryption", "enabled"], "msg": "SQS queue 'q' is not encrypted at rest."}}
}

test_encrypted_or_unknown if {
	count(encryption.deny) == 0 with input.resources as [queue(true)]
	count(encryption.deny) == 0 with input.resources as [queue({"$unknown": "Fn::If"})]
}
