package palisade.rules.aws.kms.rotation_test

import data.palisade.rules.aws.kms.rotation

key(rotation, spec) := key_with(rotation, spec, "ENCRYPT_DECRYPT", "AWS_KMS")

key_with(rotation, spec, usage, origin) := {"id": "k", "type": "aws.kms.key", "name": "k", "tags": {}, "properties": {"key_rotation": rotation, "key_spec": spec, "key_usage": usage, "origin": origin}}

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

test_origin_absent_means_aws_kms if {
	live := {"id": "k", "type": "aws.kms.key", "name": "k", "tags": {}, "properties": {"key_rotation": false, "key_spec": "SYMMETRIC_DEFAULT", "key_usage": "ENCRYPT_DECRYPT"}}
	count(rotation.deny) == 1 with input.resources as [live]
}

test_keys_that_cannot_rotate if {
	count(rotation.deny) == 0 with input.resources as [key_with(false, "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", "EXTERNAL")]
	count(rotation.deny) == 0 with input.resources as [key_with(false, "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", "AWS_CLOUDHSM")]
	count(rotation.deny) == 0 with input.resources as [key_with(false, "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", "EXTERNAL_KEY_STORE")]
	count(rotation.deny) == 0 with input.resources as [key_with(false, "HMAC_256", "GENERATE_VERIFY_MAC", "AWS_KMS")]
	count(rotation.deny) == 0 with input.resources as [key_with(false, "ECC_NIST_P256", "KEY_AGREEMENT", "AWS_KMS")]
	count(rotation.deny) == 0 with input.resources as [key_with(false, "SYMMETRIC_DEFAULT", {"$unknown": "Ref"}, "AWS_KMS")]
	count(rotation.deny) == 0 with input.resources as [key_with(false, "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", {"$unknown": "Ref"})]
}
