package palisade.rules.aws.efs.encryption_test

import data.palisade.rules.aws.efs.encryption

fs(v) := {"id": "f", "type": "aws.efs.file_system", "name": "f", "tags": {}, "properties": {"encrypted": v, "kms_key_id": null}}

test_unencrypted if {
	r := encryption.deny with input.resources as [fs(false)]
	r == {{"resource": "f", "path": ["properties", "encrypted"], "msg": "EFS file system 'f' is not encrypted at rest."}}
}

test_encrypted_or_unknown if {
	count(encryption.deny) == 0 with input.resources as [fs(true)]
	count(encryption.deny) == 0 with input.resources as [fs({"$unknown": "Ref"})]
}
