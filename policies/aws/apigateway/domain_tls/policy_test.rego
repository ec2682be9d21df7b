package palisade.rules.aws.apigateway.domain_tls_test

import data.palisade.rules.aws.apigateway.domain_tls

domain(version, policies) := {"id": "d", "type": "aws.apigateway.domain_name", "name": "d", "tags": {}, "properties": {"api_version": version, "security_policies": policies}}

test_tls_1_0 if {
	r := domain_tls.deny with input.resources as [domain("v1", ["TLS_1_0"])]
	r == {{"resource": "d", "path": ["properties", "security_policies", 0], "msg": "API Gateway domain name 'd' accepts TLS 1.0 (security policy TLS_1_0)."}}
}

test_each_v2_configuration if {
	r := domain_tls.deny with input.resources as [domain("v2", ["TLS_1_2", "TLS_1_0"])]
	r == {{"resource": "d", "path": ["properties", "security_policies", 1], "msg": "API Gateway domain name 'd' accepts TLS 1.0 (security policy TLS_1_0)."}}
}

test_not_reported if {
	count(domain_tls.deny) == 0 with input.resources as [domain("v1", ["TLS_1_2"])]
	count(domain_tls.deny) == 0 with input.resources as [domain("v1", ["SecurityPolicy_TLS13_1_3_2025_09"])]
	count(domain_tls.deny) == 0 with input.resources as [domain("v2", [null])]
	count(domain_tls.deny) == 0 with input.resources as [domain("v1", [{"$unknown": "Ref"}])]
}
