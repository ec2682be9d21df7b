package palisade.rules.aws.kinesis.encryption_test

import data.palisade.rules.aws.kinesis.encryption

stream(t) := {"id": "s", "type": "aws.kinesis.stream", "name": "s", "tags": {}, "properties": {"encryption": {"type": t, "kms_key_id": null}}}

test_none if {
	r := encryption.deny with input.resources as [stream("NONE")]
	r == {{"resource": "s", "path": ["properties", "encryption", "type"], "msg": "Kinesis stream 's' is not encrypted at rest."}}
}

test_kms_or_unknown if {
	count(encryption.deny) == 0 with input.resources as [stream("KMS")]
	count(encryption.deny) == 0 with input.resources as [stream({"$unknown": "Ref"})]
}
