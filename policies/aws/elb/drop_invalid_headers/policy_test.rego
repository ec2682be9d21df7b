package palisade.rules.aws.elb.drop_invalid_headers_test

import data.palisade.rules.aws.elb.drop_invalid_headers

lb(type, attrs) := {"id": "l", "type": "aws.elbv2.load_balancer", "name": "l", "tags": {}, "properties": {"lb_type": type, "attributes": attrs}}

test_off if {
	r := drop_invalid_headers.deny with input.resources as [lb("application", {})]
	r == {{"resource": "l", "path": ["properties", "attributes", "routing.http.drop_invalid_header_fields.enabled"], "msg": "Application load balancer 'l' forwards invalid HTTP header fields."}}
}

test_on_network_and_unknown if {
	count(drop_invalid_headers.deny) == 0 with input.resources as [lb("application", {"routing.http.drop_invalid_header_fields.enabled": "true"})]
	count(drop_invalid_headers.deny) == 0 with input.resources as [lb("network", {})]
	count(drop_invalid_headers.deny) == 0 with input.resources as [lb("application", {"$unknown": "If"})]
}
