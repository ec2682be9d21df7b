package palisade.rules.aws.lambda.dead_letter_test

import data.palisade.rules.aws.lambda.dead_letter

fn(dlq) := {"id": "f", "type": "aws.lambda.function", "name": "f", "tags": {}, "properties": {"dead_letter": dlq}}

test_none if {
	r := dead_letter.deny with input.resources as [fn(false)]
	r == {{"resource": "f", "path": ["properties", "dead_letter"], "msg": "Lambda function 'f' has no dead-letter queue for failed asynchronous invocations."}}
}

test_set_or_unknown if {
	count(dead_letter.deny) == 0 with input.resources as [fn(true)]
	count(dead_letter.deny) == 0 with input.resources as [fn({"$unknown": "Fn::If"})]
}
