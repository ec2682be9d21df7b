package palisade.rules.aws.vpc.subnet_public_ip_test

import data.palisade.rules.aws.vpc.subnet_public_ip

subnet(v, d) := {"id": "s", "type": "aws.ec2.subnet", "name": "s", "tags": {}, "properties": {"map_public_ip": v, "default_subnet": d}}

test_public if {
	r := subnet_public_ip.deny with input.resources as [subnet(true, false)]
	r == {{"resource": "s", "path": ["properties", "map_public_ip"], "msg": "Subnet 's' gives instances public IP addresses on launch."}}
}

test_default_subnet if {
	r := subnet_public_ip.deny with input.resources as [subnet(true, true)]
	r == {{"resource": "s", "path": ["properties", "map_public_ip"], "msg": "Subnet 's' (a VPC default subnet) gives instances public IP addresses on launch."}}
}

test_private_or_unknown if {
	count(subnet_public_ip.deny) == 0 with input.resources as [subnet(false, false)]
	count(subnet_public_ip.deny) == 0 with input.resources as [subnet({"$unknown": "Ref"}, false)]
}
