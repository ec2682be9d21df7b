package palisade.rules.aws.elb.classic_access_logs_test

import data.palisade.rules.aws.elb.classic_access_logs

lb(v) := {"id": "l", "type": "aws.elb.load_balancer", "name": "l", "tags": {}, "properties": {"listeners": [], "policies": {}, "access_logging": v}}

test_off if {
	r := classic_access_logs.deny with input.resources as [lb(false)]
	r == {{"resource": "l", "path": ["properties", "access_logging"], "msg": "Classic load balancer 'l' has no access logs."}}
}

test_on_and_unknown if {
	count(classic_access_logs.deny) == 0 with input.resources as [lb(true)]
	count(classic_access_logs.deny) == 0 with input.resources as [lb({"$unknown": "not in the AWS Config item"})]
}
