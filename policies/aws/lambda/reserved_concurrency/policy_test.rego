package palisade.rules.aws.lambda.reserved_concurrency_test

import data.palisade.rules.aws.lambda.reserved_concurrency

fn(n) := {"id": "f", "type": "aws.lambda.function", "name": "f", "tags": {}, "properties": {"reserved_concurrency": n}}

test_none if {
	r := reserved_concurrency.deny with input.resources as [fn(null)]
	r == {{"resource": "f", "path": ["properties", "reserved_concurrency"], "msg": "Lambda function 'f' has no reserved concurrency."}}
}

test_set_or_unknown if {
	count(reserved_concurrency.deny) == 0 with input.resources as [fn(20)]
	count(reserved_concurrency.deny) == 0 with input.resources as [fn({"$unknown": "Ref"})]
}
