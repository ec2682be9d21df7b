package palisade.rules.aws.apigateway.client_certificate_test

import data.palisade.rules.aws.apigateway.client_certificate

stage(version, cert, http) := {"id": "s", "type": "aws.apigateway.stage", "name": "s", "tags": {}, "properties": {"api_version": version, "client_certificate": cert, "http_backend": http}}

test_no_certificate if {
	r := client_certificate.deny with input.resources as [stage("v1", false, true)]
	r == {{"resource": "s", "path": ["properties", "client_certificate"], "msg": "API Gateway stage 's' calls its backend without a client certificate."}}
}

test_not_reported if {
	count(client_certificate.deny) == 0 with input.resources as [stage("v1", true, true)]
	count(client_certificate.deny) == 0 with input.resources as [stage("v2", false, false)]
	count(client_certificate.deny) == 0 with input.resources as [stage("v1", {"$unknown": "Fn::If"}, true)]
}

test_no_http_backend_not_reported if {
	count(client_certificate.deny) == 0 with input.resources as [stage("v1", false, false)]
	count(client_certificate.deny) == 0 with input.resources as [stage("v1", false, {"$unknown": "the REST API is not a resource of the template"})]
}
