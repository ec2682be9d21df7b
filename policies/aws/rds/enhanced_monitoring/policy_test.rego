package palisade.rules.aws.rds.enhanced_monitoring_test

import data.palisade.rules.aws.rds.enhanced_monitoring

db(v) := {"id": "d", "type": "aws.rds.instance", "name": "d", "tags": {}, "properties": {"engine": "postgres", "monitoring_interval": v}}

test_off if {
	r := enhanced_monitoring.deny with input.resources as [db(0)]
	r == {{"resource": "d", "path": ["properties", "monitoring_interval"], "msg": "RDS database instance 'd' has no enhanced monitoring."}}
}

test_on_or_unknown if {
	count(enhanced_monitoring.deny) == 0 with input.resources as [db(60)]
	count(enhanced_monitoring.deny) == 0 with input.resources as [db({"$unknown": "Ref"})]
	count(enhanced_monitoring.deny) == 0 with input.resources as [object.union(db(0), {"type": "aws.rds.cluster"})]
	count(enhanced_monitoring.deny) == 0 with input.resources as [object.union(db(0), {"properties": {"engine": "docdb"}})]
}
