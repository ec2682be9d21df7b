package palisade.rules.aws.docdb.storage_encryption_test

import data.palisade.rules.aws.docdb.storage_encryption

db(v) := {"id": "d", "type": "aws.docdb.cluster", "name": "d", "tags": {}, "properties": {"storage_encrypted": v}}

test_plain if {
	r := storage_encryption.deny with input.resources as [db(false)]
	r == {{"resource": "d", "path": ["properties", "storage_encrypted"], "msg": "DocumentDB cluster 'd' does not encrypt its storage."}}
}

test_encrypted_or_unknown if {
	count(storage_encryption.deny) == 0 with input.resources as [db(true)]
	count(storage_encryption.deny) == 0 with input.resources as [db({"$unknown": "inherited from the snapshot"})]
}
