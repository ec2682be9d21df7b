package palisade.rules.aws.lambda.tracing_test

import data.palisade.rules.aws.lambda.tracing

fn(mode) := {"id": "f", "type": "aws.lambda.function", "name": "f", "properties": {"tracing": mode}, "tags": {}}

test_off if {
	r := tracing.deny with input.resources as [fn("PassThrough")]
	r == {{"resource": "f", "path": ["properties", "tracing"], "msg": "Lambda function 'f' does not have active X-Ray tracing."}}
	count(tracing.deny) == 1 with input.resources as [fn(null)]
}

test_active_or_unknown if {
	count(tracing.deny) == 0 with input.resources as [fn("Active")]
	count(tracing.deny) == 0 with input.resources as [fn({"$unknown": "Fn::If"})]
}
