package palisade.rules.aws.ec2.default_security_group_test

import data.palisade.rules.aws.ec2.default_security_group

rule := {"protocol": "-1", "from_port": null, "to_port": null, "cidr_ipv4": "0.0.0.0/0", "cidr_ipv6": null, "source_security_group": null, "description": null}

sg(is_default, ingress, egress) := {"id": "g", "type": "aws.ec2.security_group", "name": "g", "tags": {}, "properties": {"default_group": is_default, "ingress": ingress, "egress": egress}}

test_default_with_rules if {
	r := default_security_group.deny with input.resources as [sg(true, [rule], [rule])]
	r == {
		{"resource": "g", "path": ["properties", "ingress", 0], "msg": "The default security group 'g' allows inbound traffic."},
		{"resource": "g", "path": ["properties", "egress", 0], "msg": "The default security group 'g' allows outbound traffic."},
	}
}

test_restricted_other_or_unknown if {
	count(default_security_group.deny) == 0 with input.resources as [sg(true, [], [])]
	count(default_security_group.deny) == 0 with input.resources as [sg(false, [rule], [rule])]
	count(default_security_group.deny) == 0 with input.resources as [sg({"$unknown": "x"}, [rule], [])]
}
