package palisade.rules.aws.ec2.instance_public_ip_test

import data.palisade.rules.aws.ec2.instance_public_ip

inst(v) := {"id": "i", "type": "aws.ec2.instance", "name": "i", "tags": {}, "properties": {"public_ip": v}}

test_public if {
	r := instance_public_ip.deny with input.resources as [inst(true)]
	r == {{"resource": "i", "path": ["properties", "public_ip"], "msg": "EC2 instance 'i' has a public IP address."}}
}

test_private_unset_unknown if {
	count(instance_public_ip.deny) == 0 with input.resources as [inst(false)]
	count(instance_public_ip.deny) == 0 with input.resources as [inst(null)]
	count(instance_public_ip.deny) == 0 with input.resources as [inst({"$unknown": "Ref"})]
}
