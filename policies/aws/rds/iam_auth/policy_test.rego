package palisade.rules.aws.rds.iam_auth_test

import data.palisade.rules.aws.rds.iam_auth

db(type, engine, v) := {"id": "d", "type": type, "name": "d", "tags": {}, "properties": {"engine": engine, "iam_authentication": v}}

test_off if {
	r := iam_auth.deny with input.resources as [db("aws.rds.instance", "postgres", false)]
	r == {{"resource": "d", "path": ["properties", "iam_authentication"], "msg": "RDS database 'd' does not allow IAM database authentication."}}
}

test_unsupported_engine_aurora_instance_on_or_unknown if {
	count(iam_auth.deny) == 0 with input.resources as [db("aws.rds.instance", "sqlserver-se", false)]
	count(iam_auth.deny) == 0 with input.resources as [db("aws.rds.instance", "oracle-ee", false)]
	count(iam_auth.deny) == 0 with input.resources as [db("aws.rds.instance", "aurora-postgresql", false)]
	count(iam_auth.deny) == 0 with input.resources as [db("aws.rds.instance", "postgres", true)]
	count(iam_auth.deny) == 0 with input.resources as [db("aws.rds.instance", {"$unknown": "Ref"}, false)]
}

test_legacy_aurora if {
	c := {"id": "c", "type": "aws.rds.cluster", "name": "c", "tags": {}, "properties": {"engine": "aurora", "iam_authentication": false}}
	count(iam_auth.deny) == 1 with input.resources as [c]
}
