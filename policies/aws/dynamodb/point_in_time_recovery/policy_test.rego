package palisade.rules.aws.dynamodb.point_in_time_recovery_test

import data.palisade.rules.aws.dynamodb.point_in_time_recovery

table(v) := {"id": "t", "type": "aws.dynamodb.table", "name": "t", "tags": {}, "properties": {"point_in_time_recovery": v}}

test_off if {
	r := point_in_time_recovery.deny with input.resources as [table(false)]
	r == {{"resource": "t", "path": ["properties", "point_in_time_recovery"], "msg": "DynamoDB table 't' has no point-in-time recovery."}}
}

test_on_or_unknown if {
	count(point_in_time_recovery.deny) == 0 with input.resources as [table(true)]
	count(point_in_time_recovery.deny) == 0 with input.resources as [table({"$unknown": "Fn::If"})]
}
