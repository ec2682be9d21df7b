package palisade.rules.aws.apigateway.tracing_test

import data.palisade.rules.aws.apigateway.tracing

stage(version, on) := {"id": "s", "type": "aws.apigateway.stage", "name": "s", "tags": {}, "properties": {"api_version": version, "tracing": on}}

test_off if {
	r := tracing.deny with input.resources as [stage("v1", false)]
	r == {{"resource": "s", "path": ["properties", "tracing"], "msg": "API Gateway stage 's' does not trace requests with X-Ray."}}
}

test_not_reported if {
	count(tracing.deny) == 0 with input.resources as [stage("v1", true)]
	count(tracing.deny) == 0 with input.resources as [stage("v2", false)]
	count(tracing.deny) == 0 with input.resources as [stage("v1", {"$unknown": "Ref"})]
}
