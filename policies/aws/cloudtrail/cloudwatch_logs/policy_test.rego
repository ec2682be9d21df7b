package palisade.rules.aws.cloudtrail.cloudwatch_logs_test

import data.palisade.rules.aws.cloudtrail.cloudwatch_logs

trail(v) := {"id": "t", "type": "aws.cloudtrail.trail", "name": "t", "tags": {}, "properties": {"cloudwatch_logs_log_group": v}}

test_none if {
	r := cloudwatch_logs.deny with input.resources as [trail(null)]
	r == {{"resource": "t", "path": ["properties", "cloudwatch_logs_log_group"], "msg": "CloudTrail trail 't' does not send events to CloudWatch Logs."}}
}

test_set_or_unknown if {
	count(cloudwatch_logs.deny) == 0 with input.resources as [trail("arn:aws:logs:eu-west-1:111122223333:log-group:trail:*")]
	count(cloudwatch_logs.deny) == 0 with input.resources as [trail({"$unknown": "Fn::GetAtt"})]
}

test_group_without_role if {
	t := trail("arn:aws:logs:eu-west-1:111122223333:log-group:trail")
	r := cloudwatch_logs.deny with input.resources as [object.union(t, {"properties": {"cloudwatch_logs_role": null}})]
	r == {{"resource": "t", "path": ["properties", "cloudwatch_logs_log_group"], "msg": "CloudTrail trail 't' names a CloudWatch Logs group but no role to deliver to it: nothing is sent."}}
	count(cloudwatch_logs.deny) == 0 with input.resources as [object.union(t, {"properties": {"cloudwatch_logs_role": "arn:aws:iam::111122223333:role/ct"}})]
	count(cloudwatch_logs.deny) == 0 with input.resources as [t]
}
