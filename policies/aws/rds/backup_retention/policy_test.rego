package palisade.rules.aws.rds.backup_retention_test

import data.palisade.rules.aws.rds.backup_retention

db(type, engine, v) := {"id": "d", "type": type, "name": "d", "tags": {}, "properties": {"engine": engine, "backup_retention_days": v}}

test_short if {
	r := backup_retention.deny with input.resources as [db("aws.rds.instance", "postgres", 3)]
	r == {{"resource": "d", "path": ["properties", "backup_retention_days"], "msg": "RDS database 'd' keeps backups for 3 days, less than 7."}}
	count(backup_retention.deny) == 1 with input.resources as [db("aws.rds.cluster", "aurora-mysql", 0)]
	r1 := backup_retention.deny with input.resources as [db("aws.rds.instance", "postgres", 1)]
	r1 == {{"resource": "d", "path": ["properties", "backup_retention_days"], "msg": "RDS database 'd' keeps backups for 1 day, less than 7."}}
}

test_default if {
	r := backup_retention.deny with input.resources as [db("aws.rds.instance", "postgres", null)]
	r == {{"resource": "d", "path": ["properties", "backup_retention_days"], "msg": "RDS database 'd' keeps backups for the default 1 day, less than 7."}}
}

test_long_aurora_instance_or_unknown if {
	count(backup_retention.deny) == 0 with input.resources as [db("aws.rds.instance", "postgres", 7)]
	count(backup_retention.deny) == 0 with input.resources as [db("aws.rds.instance", "aurora-postgresql", 1)]
	count(backup_retention.deny) == 0 with input.resources as [db("aws.rds.instance", "postgres", {"$unknown": "Ref"})]
}

test_read_replica if {
	replica := {"id": "d", "type": "aws.rds.instance", "name": "d", "tags": {}, "properties": {"engine": "postgres", "backup_retention_days": null, "read_replica": true}}
	count(backup_retention.deny) == 0 with input.resources as [replica]
	count(backup_retention.deny) == 0 with input.resources as [object.union(replica, {"properties": {"read_replica": {"$unknown": "Fn::If"}}})]
	count(backup_retention.deny) == 1 with input.resources as [object.union(replica, {"properties": {"read_replica": false}})]
}
