package palisade.rules.aws.apigateway.execution_logging_test

import data.palisade.rules.aws.apigateway.execution_logging

stage(version, level) := {"id": "s", "type": "aws.apigateway.stage", "name": "s", "tags": {}, "properties": {"api_version": version, "execution_logging": level}}

test_off if {
	r := execution_logging.deny with input.resources as [stage("v1", null)]
	r == {{"resource": "s", "path": ["properties", "execution_logging"], "msg": "API Gateway stage 's' has execution logging off."}}
	count(execution_logging.deny) == 1 with input.resources as [stage("v1", "OFF")]
}

test_on_v2_and_unknown if {
	count(execution_logging.deny) == 0 with input.resources as [stage("v1", "ERROR")]
	count(execution_logging.deny) == 0 with input.resources as [stage("v1", "INFO")]
	count(execution_logging.deny) == 0 with input.resources as [stage("v2", null)]
	count(execution_logging.deny) == 0 with input.resources as [stage("v1", {"$unknown": "Ref"})]
}
