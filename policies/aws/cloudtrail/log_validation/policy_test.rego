package palisade.rules.aws.cloudtrail.log_validation_test

import data.palisade.rules.aws.cloudtrail.log_validation

trail(v) := {"id": "t", "type": "aws.cloudtrail.trail", "name": "t", "tags": {}, "properties": {"log_file_validation": v}}

test_off if {
	r := log_validation.deny with input.resources as [trail(false)]
	r == {{"resource": "t", "path": ["properties", "log_file_validation"], "msg": "CloudTrail trail 't' does not validate its log files."}}
}

test_on_or_unknown if {
	count(log_validation.deny) == 0 with input.resources as [trail(true)]
	count(log_validation.deny) == 0 with input.resources as [trail({"$unknown": "Fn::If"})]
}
