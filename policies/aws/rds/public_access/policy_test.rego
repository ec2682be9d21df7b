package palisade.rules.aws.rds.public_access_test

import data.palisade.rules.aws.rds.public_access

db(v) := {"id": "d", "type": "aws.rds.instance", "name": "d", "tags": {}, "properties": {"publicly_accessible": v}}

test_public if {
	r := public_access.deny with input.resources as [db(true)]
	r == {{"resource": "d", "path": ["properties", "publicly_accessible"], "msg": "RDS database 'd' is publicly accessible."}}
}

test_private_or_unknown if {
	count(public_access.deny) == 0 with input.resources as [db(false)]
	count(public_access.deny) == 0 with input.resources as [db({"$unknown": "Fn::If"})]
}
