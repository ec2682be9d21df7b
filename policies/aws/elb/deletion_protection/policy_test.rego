package palisade.rules.aws.elb.deletion_protection_test

import data.palisade.rules.aws.elb.deletion_protection

lb(attrs) := {"id": "l", "type": "aws.elbv2.load_balancer", "name": "l", "tags": {}, "properties": {"lb_type": "application", "attributes": attrs}}

test_off if {
	r := deletion_protection.deny with input.resources as [lb({})]
	r == {{"resource": "l", "path": ["properties", "attributes", "deletion_protection.enabled"], "msg": "Load balancer 'l' has no deletion protection."}}
}

test_on_and_unknown if {
	count(deletion_protection.deny) == 0 with input.resources as [lb({"deletion_protection.enabled": "true"})]
	count(deletion_protection.deny) == 0 with input.resources as [lb({"$unknown": "If"})]
}
