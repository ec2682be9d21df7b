package palisade.rules.aws.rds.literal_password_test

import data.palisade.rules.aws.rds.literal_password

db(password, manage) := {"id": "d", "type": "aws.rds.cluster", "name": "d", "tags": {}, "properties": {"master_password": password, "manage_master_password": manage}}

test_literal if {
	r := literal_password.deny with input.resources as [db({"literal": true, "managed": false}, false)]
	r == {{"resource": "d", "path": ["properties", "master_password"], "msg": "RDS database 'd' has its master password written in the template."}}
}

test_noecho_default if {
	r := literal_password.deny with input.resources as [db({"literal": true, "managed": true}, false)]
	r == {{"resource": "d", "path": ["properties", "master_password"], "msg": "RDS database 'd' has its master password written in the template (the Default of a NoEcho parameter)."}}
}

test_managed_or_absent if {
	count(literal_password.deny) == 0 with input.resources as [db({"literal": false, "managed": true}, false)]
	count(literal_password.deny) == 0 with input.resources as [db(null, true)]
	count(literal_password.deny) == 0 with input.resources as [db(null, false)]
	count(literal_password.deny) == 0 with input.resources as [db({"$unknown": "Fn::If"}, false)]
}

test_cluster_member_is_judged_as_the_cluster if {
	member := {"id": "i", "type": "aws.rds.instance", "name": "i", "tags": {}, "properties": {"engine": "aurora-postgresql", "cluster_id": "ref:d", "master_password": {"literal": true, "managed": false}, "manage_master_password": false}}
	r := literal_password.deny with input.resources as [db({"literal": true, "managed": false}, false), member]
	r == {{"resource": "d", "path": ["properties", "master_password"], "msg": "RDS database 'd' has its master password written in the template."}}
}
