package palisade.rules.aws.ec2.rule_description_test

import data.palisade.rules.aws.ec2.rule_description

rule(protocol, cidr, description) := {"protocol": protocol, "from_port": 443, "to_port": 443, "cidr_ipv4": cidr, "cidr_ipv6": null, "source_security_group": null, "description": description}

default_egress := {"protocol": "-1", "from_port": null, "to_port": null, "cidr_ipv4": "0.0.0.0/0", "cidr_ipv6": null, "source_security_group": null, "description": null}

sg(ingress, egress) := {"id": "g", "type": "aws.ec2.security_group", "name": "g", "tags": {}, "properties": {"ingress": ingress, "egress": egress}}

test_missing if {
	r := rule_description.deny with input.resources as [sg([rule("tcp", "10.0.0.0/8", null)], [rule("tcp", "10.0.0.0/8", " ")])]
	r == {
		{"resource": "g", "path": ["properties", "ingress", 0], "msg": "Security group 'g' has an ingress rule without a description."},
		{"resource": "g", "path": ["properties", "egress", 0], "msg": "Security group 'g' has an egress rule without a description."},
	}
}

test_described_or_default if {
	count(rule_description.deny) == 0 with input.resources as [sg([rule("tcp", "10.0.0.0/8", "load balancer")], [default_egress])]
	count(rule_description.deny) == 0 with input.resources as [sg([rule("tcp", "10.0.0.0/8", {"$unknown": "Ref"})], [{"$unknown": "Fn::If"}])]
}
