package palisade.rules.aws.rds.default_port_test

import data.palisade.rules.aws.rds.default_port

db(type, engine, port) := {"id": "d", "type": type, "name": "d", "tags": {}, "properties": {"engine": engine, "port": port}}

test_default if {
	r := default_port.deny with input.resources as [db("aws.rds.instance", "postgres", null)]
	r == {{"resource": "d", "path": ["properties", "port"], "msg": "RDS database 'd' listens on its engine's default port 5432."}}
	count(default_port.deny) == 1 with input.resources as [db("aws.rds.cluster", "aurora-mysql", 3306)]
	count(default_port.deny) == 1 with input.resources as [db("aws.rds.instance", "sqlserver-se", 1433)]
	count(default_port.deny) == 1 with input.resources as [db("aws.rds.instance", "oracle-ee-cdb", null)]
}

test_not_reported if {
	count(default_port.deny) == 0 with input.resources as [db("aws.rds.instance", "postgres", 15432)]
	count(default_port.deny) == 0 with input.resources as [db("aws.rds.instance", "postgres", {"$unknown": "Ref"})]
	count(default_port.deny) == 0 with input.resources as [db("aws.rds.instance", {"$unknown": "Ref"}, null)]
	count(default_port.deny) == 0 with input.resources as [object.union(db("aws.rds.instance", "aurora-mysql", null), {"properties": {"cluster_id": "c"}})]
}
