package palisade.rules.aws.elb.access_logs_test

import data.palisade.rules.aws.elb.access_logs

lb(type, attrs) := {"id": "l", "type": "aws.elbv2.load_balancer", "name": "l", "tags": {}, "properties": {"lb_type": type, "attributes": attrs}}

test_off if {
	r := access_logs.deny with input.resources as [lb("application", {})]
	r == {{"resource": "l", "path": ["properties", "attributes", "access_logs.s3.enabled"], "msg": "Load balancer 'l' has no access logs."}}
	count(access_logs.deny) == 1 with input.resources as [lb("network", {"access_logs.s3.enabled": "false"})]
}

test_on_gateway_and_unknown if {
	count(access_logs.deny) == 0 with input.resources as [lb("application", {"access_logs.s3.enabled": "true"})]
	count(access_logs.deny) == 0 with input.resources as [lb("gateway", {})]
	count(access_logs.deny) == 0 with input.resources as [lb("application", {"$unknown": "If"})]
	count(access_logs.deny) == 0 with input.resources as [lb("application", {"access_logs.s3.enabled": {"$unknown": "Ref"}})]
}
