package palisade.rules.aws.rds.multi_az_test

import data.palisade.rules.aws.rds.multi_az

db(props) := {"id": "d", "type": "aws.rds.instance", "name": "d", "tags": {}, "properties": object.union({"engine": "postgres", "cluster_id": null, "multi_az": false}, props)}

test_single_az if {
	r := multi_az.deny with input.resources as [db({})]
	r == {{"resource": "d", "path": ["properties", "multi_az"], "msg": "RDS database instance 'd' runs in a single Availability Zone."}}
}

test_not_reported if {
	count(multi_az.deny) == 0 with input.resources as [db({"multi_az": true})]
	count(multi_az.deny) == 0 with input.resources as [db({"read_replica": true})]
	count(multi_az.deny) == 0 with input.resources as [db({"cluster_id": "c"})]
	count(multi_az.deny) == 0 with input.resources as [db({"engine": "aurora-postgresql"})]
	count(multi_az.deny) == 0 with input.resources as [db({"multi_az": {"$unknown": "Ref"}})]
}
