package palisade.rules.aws.neptune.storage_encryption_test

import data.palisade.rules.aws.neptune.storage_encryption

db(v) := {"id": "n", "type": "aws.neptune.cluster", "name": "n", "tags": {}, "properties": {"storage_encrypted": v}}

test_plain if {
	r := storage_encryption.deny with input.resources as [db(false)]
	r == {{"resource": "n", "path": ["properties", "storage_encrypted"], "msg": "Neptune cluster 'n' does not encrypt its storage."}}
}

test_encrypted_or_unknown if {
	count(storage_encryption.deny) == 0 with input.resources as [db(true)]
	count(storage_encryption.deny) == 0 with input.resources as [db({"$unknown": "inherited"})]
}
