package palisade.rules.aws.rds.log_exports_test

import data.palisade.rules.aws.rds.log_exports

db(exports) := {"id": "d", "type": "aws.rds.cluster", "name": "d", "tags": {}, "properties": {"engine": "aurora-postgresql", "log_exports": exports}}

test_none if {
	r := log_exports.deny with input.resources as [db([])]
	r == {{"resource": "d", "path": ["properties", "log_exports"], "msg": "RDS database 'd' exports no logs to CloudWatch Logs."}}
}

test_exported_or_unknown if {
	count(log_exports.deny) == 0 with input.resources as [db(["postgresql"])]
	count(log_exports.deny) == 0 with input.resources as [db([{"$unknown": "Ref"}])]
}
