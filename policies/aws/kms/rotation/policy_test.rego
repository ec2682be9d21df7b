package palisade.rules.aws.kms.rotation_test

import data.palisade.rules.aws.kms.rotation

key(rotation, spec) := {"id": "k", "type": "aws.kms.key", "name": "k", "tags": {}, "properties": {"key_rotation": rotation, "key_spec": spec, "key_usage": "ENCRYPT_DECRYPT"}}

test_not_rotated if {
	r := rotation.deny with input.resources as [key(false, "SYMMETRIC_DEFAULT")]
	r == {{"resource": "k", "path": ["properties", "key_rotation"], "msg": "KMS key 'k' does not rotate its key material."}}
}

test_rotated_asymmetric_or_unknown if {
	count(rotation.deny) == 0 with input.resources as [key(true, "SYMMETRIC_DEFAULT")]
	count(rotation.deny) == 0 with input.resources as [key(false, "RSA_2048")]
	count(rotation.deny) == 0 with input.resources as [key(false, "HMAC_256")]
	count(rotation.deny) == 0 with input.resources as [key({"$unknown": "Ref"}, "SYMMETRIC_DEFAULT")]
	count(rotation.deny) == 0 with input.resources as [key(false, {"$unknown": "Ref"})]
}
