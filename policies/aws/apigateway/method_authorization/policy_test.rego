package palisade.rules.aws.apigateway.method_authorization_test

import data.palisade.rules.aws.apigateway.method_authorization

method(version, m, auth, key) := {"id": "m", "type": "aws.apigateway.method", "name": "m", "tags": {}, "properties": {"api_version": version, "method": m, "authorization_type": auth, "api_key_required": key}}

test_open if {
	r := method_authorization.deny with input.resources as [method("v1", "GET", "NONE", false)]
	r == {{"resource": "m", "path": ["properties", "authorization_type"], "msg": "API Gateway method 'm' (GET) requires no authorization."}}
	count(method_authorization.deny) == 1 with input.resources as [method("v2", "POST /orders", "NONE", false)]
}

test_not_reported if {
	count(method_authorization.deny) == 0 with input.resources as [method("v1", "GET", "AWS_IAM", false)]
	count(method_authorization.deny) == 0 with input.resources as [method("v1", "GET", "NONE", true)]
	count(method_authorization.deny) == 0 with input.resources as [method("v1", "OPTIONS", "NONE", false)]
	count(method_authorization.deny) == 0 with input.resources as [method("v2", "GET /x", {"$unknown": "Ref"}, false)]
}
