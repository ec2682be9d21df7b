package palisade.rules.aws.ec2.instance_monitoring_test

import data.palisade.rules.aws.ec2.instance_monitoring

inst(v) := {"id": "i", "type": "aws.ec2.instance", "name": "i", "tags": {}, "properties": {"detailed_monitoring": v}}

test_off if {
	r := instance_monitoring.deny with input.resources as [inst(false)]
	r == {{"resource": "i", "path": ["properties", "detailed_monitoring"], "msg": "EC2 instance 'i' has no detailed monitoring."}}
}

test_on_or_unknown if {
	count(instance_monitoring.deny) == 0 with input.resources as [inst(true)]
	count(instance_monitoring.deny) == 0 with input.resources as [inst({"$unknown": "Ref"})]
}
