package palisade.rules.aws.eks.secrets_encryption_test

import data.palisade.rules.aws.eks.secrets_encryption

cluster(v) := {"id": "c", "type": "aws.eks.cluster", "name": "c", "tags": {}, "properties": {"secrets_encryption": v}}

test_not_encrypted if {
	r := secrets_encryption.deny with input.resources as [cluster(false)]
	r == {{"resource": "c", "path": ["properties", "secrets_encryption"], "msg": "EKS cluster 'c' does not encrypt Kubernetes secrets with a customer managed KMS key."}}
}

test_encrypted_or_unknown if {
	count(secrets_encryption.deny) == 0 with input.resources as [cluster(true)]
	count(secrets_encryption.deny) == 0 with input.resources as [cluster({"$unknown": "Fn::If"})]
}
