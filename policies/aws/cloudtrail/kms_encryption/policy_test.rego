package palisade.rules.aws.cloudtrail.kms_encryption_test

import data.palisade.rules.aws.cloudtrail.kms_encryption

trail(v) := {"id": "t", "type": "aws.cloudtrail.trail", "name": "t", "tags": {}, "properties": {"kms_key_id": v}}

test_no_key if {
	r := kms_encryption.deny with input.resources as [trail(null)]
	r == {{"resource": "t", "path": ["properties", "kms_key_id"], "msg": "CloudTrail trail 't' does not encrypt its logs with a KMS key."}}
}

test_key_or_unknown if {
	count(kms_encryption.deny) == 0 with input.resources as [trail("ref:TrailKey")]
	count(kms_encryption.deny) == 0 with input.resources as [trail({"$unknown": "Fn::ImportValue"})]
}

test_empty_key_id if {
	count(kms_encryption.deny) == 1 with input.resources as [trail("")]
}
