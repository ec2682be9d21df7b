package palisade.rules.aws.apigateway.access_logging_test

import data.palisade.rules.aws.apigateway.access_logging

stage(v) := {"id": "s", "type": "aws.apigateway.stage", "name": "s", "tags": {}, "properties": {"access_logging": v}}

test_off if {
	r := access_logging.deny with input.resources as [stage(false)]
	r == {{"resource": "s", "path": ["properties", "access_logging"], "msg": "API Gateway stage 's' has no access logging."}}
}

test_on_or_unknown if {
	count(access_logging.deny) == 0 with input.resources as [stage(true)]
	count(access_logging.deny) == 0 with input.resources as [stage({"$unknown": "Fn::If"})]
}
