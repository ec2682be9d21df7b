package palisade.rules.aws.rds.copy_tags_to_snapshot_test

import data.palisade.rules.aws.rds.copy_tags_to_snapshot

db(type, v) := {"id": "d", "type": type, "name": "d", "tags": {}, "properties": {"engine": "postgres", "copy_tags_to_snapshot": v}}

test_off if {
	r := copy_tags_to_snapshot.deny with input.resources as [db("aws.rds.cluster", false)]
	r == {{"resource": "d", "path": ["properties", "copy_tags_to_snapshot"], "msg": "RDS database 'd' does not copy its tags to snapshots."}}
}

test_not_reported if {
	count(copy_tags_to_snapshot.deny) == 0 with input.resources as [db("aws.rds.instance", true)]
	count(copy_tags_to_snapshot.deny) == 0 with input.resources as [db("aws.rds.instance", {"$unknown": "Fn::If"})]
	count(copy_tags_to_snapshot.deny) == 0 with input.resources as [object.union(db("aws.rds.instance", false), {"properties": {"read_replica": true}})]
	count(copy_tags_to_snapshot.deny) == 0 with input.resources as [object.union(db("aws.rds.instance", false), {"properties": {"cluster_id": "c"}})]
}
