package palisade.rules.aws.rds.deletion_protection_test

import data.palisade.rules.aws.rds.deletion_protection

db(type, engine, v) := {"id": "d", "type": type, "name": "d", "tags": {}, "properties": {"engine": engine, "deletion_protection": v}}

test_off if {
	r := deletion_protection.deny with input.resources as [db("aws.rds.cluster", "aurora-mysql", false)]
	r == {{"resource": "d", "path": ["properties", "deletion_protection"], "msg": "RDS database 'd' has no deletion protection."}}
}

test_on_aurora_instance_or_unknown if {
	count(deletion_protection.deny) == 0 with input.resources as [db("aws.rds.instance", "mysql", true)]
	count(deletion_protection.deny) == 0 with input.resources as [db("aws.rds.instance", "aurora-mysql", false)]
	count(deletion_protection.deny) == 0 with input.resources as [db("aws.rds.instance", "mysql", {"$unknown": "Fn::If"})]
}

test_read_replica if {
	replica := {"id": "d", "type": "aws.rds.instance", "name": "d", "tags": {}, "properties": {"engine": "mysql", "deletion_protection": false, "read_replica": true}}
	count(deletion_protection.deny) == 0 with input.resources as [replica]
	count(deletion_protection.deny) == 0 with input.resources as [object.union(replica, {"properties": {"read_replica": {"$unknown": "Fn::If"}}})]
	count(deletion_protection.deny) == 1 with input.resources as [object.union(replica, {"properties": {"read_replica": false}})]
}
