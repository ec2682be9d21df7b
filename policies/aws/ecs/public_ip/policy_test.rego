package palisade.rules.aws.ecs.public_ip_test

import data.palisade.rules.aws.ecs.public_ip

service(v) := {"id": "s", "type": "aws.ecs.service", "name": "s", "tags": {}, "properties": {"assign_public_ip": v}}

test_public if {
	r := public_ip.deny with input.resources as [service(true)]
	r == {{"resource": "s", "path": ["properties", "assign_public_ip"], "msg": "ECS service 's' assigns public IP addresses to its tasks."}}
}

test_private_and_unknown if {
	count(public_ip.deny) == 0 with input.resources as [service(false)]
	count(public_ip.deny) == 0 with input.resources as [service({"$unknown": "Ref"})]
}
