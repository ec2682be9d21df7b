package palisade.rules.aws.ecr.kms_encryption_test

import data.palisade.rules.aws.ecr.kms_encryption

repo(t) := {"id": "r", "type": "aws.ecr.repository", "name": "r", "tags": {}, "properties": {"encryption": {"type": t, "kms_key_id": null}}}

test_aes if {
	r := kms_encryption.deny with input.resources as [repo("AES256")]
	r == {{"resource": "r", "path": ["properties", "encryption", "type"], "msg": "ECR repository 'r' is encrypted with ECR's own keys (AES256), not KMS."}}
}

test_kms_or_unknown if {
	count(kms_encryption.deny) == 0 with input.resources as [repo("KMS")]
	count(kms_encryption.deny) == 0 with input.resources as [repo({"$unknown": "Ref"})]
}
