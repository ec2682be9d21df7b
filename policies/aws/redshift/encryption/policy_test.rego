package palisade.rules.aws.redshift.encryption_test

import data.palisade.rules.aws.redshift.encryption

cluster(v) := {"id": "c", "type": "aws.redshift.cluster", "name": "c", "tags": {}, "properties": {"encrypted": v}}

test_unencrypted if {
	r := encryption.deny with input.resources as [cluster(false)]
	r == {{"resource": "c", "path": ["properties", "encrypted"], "msg": "Redshift cluster 'c' is not encrypted at rest."}}
}

test_encrypted_or_unknown if {
	count(encryption.deny) == 0 with input.resources as [cluster(true)]
	count(encryption.deny) == 0 with input.resources as [cluster({"$unknown": "Ref"})]
}
