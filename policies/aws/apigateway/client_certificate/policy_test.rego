package palisade.rules.aws.apigateway.client_certificate_test

import data.palisade.rules.aws.apigateway.client_certificate

stage(version, cert) := {"id": "s", "type": "aws.apigateway.stage", "name": "s", "tags": {}, "properties": {"api_version": version, "client_certificate": cert}}

test_no_certificate if {
	r := client_certificate.deny with input.resources as [stage("v1", false)]
	r == {{"resource": "s", "path": ["properties", "client_certificate"], "msg": "API Gateway stage 's' calls its backend without a client certificate."}}
}

test_not_reported if {
	count(client_certificate.deny) == 0 with input.resources as [stage("v1", true)]
	count(client_certificate.deny) == 0 with input.resources as [stage("v2", false)]
	count(client_certificate.deny) == 0 with input.resources as [stage("v1", {"$unknown": "Fn::If"})]
}
