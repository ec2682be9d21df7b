package palisade.rules.aws.logs.kms_encryption_test

import data.palisade.rules.aws.logs.kms_encryption

group(v) := {"id": "g", "type": "aws.logs.log_group", "name": "g", "tags": {}, "properties": {"kms_key_id": v}}

test_no_key if {
	r := kms_encryption.deny with input.resources as [group(null)]
	r == {{"resource": "g", "path": ["properties", "kms_key_id"], "msg": "Log group 'g' is not encrypted with a KMS key."}}
}

test_key_or_unknown if {
	count(kms_encryption.deny) == 0 with input.resources as [group("ref:LogsKey")]
	count(kms_encryption.deny) == 0 with input.resources as [group({"$unknown": "Fn::ImportValue"})]
}
