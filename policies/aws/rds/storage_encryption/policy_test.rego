package palisade.rules.aws.rds.storage_encryption_test

import data.palisade.rules.aws.rds.storage_encryption

db(type, engine, v) := {"id": "d", "type": type, "name": "d", "tags": {}, "properties": {"engine": engine, "storage_encrypted": v}}

test_unencrypted_instance_and_cluster if {
	r := storage_encryption.deny with input.resources as [db("aws.rds.instance", "postgres", false)]
	r == {{"resource": "d", "path": ["properties", "storage_encrypted"], "msg": "RDS database 'd' does not encrypt its storage."}}
	count(storage_encryption.deny) == 1 with input.resources as [db("aws.rds.cluster", "aurora-postgresql", false)]
}

test_aurora_instance_belongs_to_cluster if {
	count(storage_encryption.deny) == 0 with input.resources as [db("aws.rds.instance", "aurora-mysql", false)]
}

test_encrypted_or_unknown if {
	count(storage_encryption.deny) == 0 with input.resources as [db("aws.rds.instance", "mysql", true)]
	count(storage_encryption.deny) == 0 with input.resources as [db("aws.rds.instance", "mysql", {"$unknown": "Ref"})]
}
