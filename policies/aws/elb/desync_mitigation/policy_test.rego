package palisade.rules.aws.elb.desync_mitigation_test

import data.palisade.rules.aws.elb.desync_mitigation

lb(attrs) := {"id": "l", "type": "aws.elbv2.load_balancer", "name": "l", "tags": {}, "properties": {"lb_type": "application", "attributes": attrs}}

test_monitor if {
	r := desync_mitigation.deny with input.resources as [lb({"routing.http.desync_mitigation_mode": "monitor"})]
	r == {{"resource": "l", "path": ["properties", "attributes", "routing.http.desync_mitigation_mode"], "msg": "Application load balancer 'l' only monitors HTTP desync (desync_mitigation_mode: monitor)."}}
}

test_defensive_default_and_unknown if {
	count(desync_mitigation.deny) == 0 with input.resources as [lb({})]
	count(desync_mitigation.deny) == 0 with input.resources as [lb({"routing.http.desync_mitigation_mode": "strictest"})]
	count(desync_mitigation.deny) == 0 with input.resources as [lb({"$unknown": "If"})]
}
