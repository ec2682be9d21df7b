package palisade.rules.aws.ec2.egress_all_public_test

import data.palisade.rules.aws.ec2.egress_all_public

rule(protocol, from, to, cidr4, cidr6) := {"protocol": protocol, "from_port": from, "to_port": to, "cidr_ipv4": cidr4, "cidr_ipv6": cidr6, "source_security_group": null, "description": null}

sg(egress) := {"id": "g", "type": "aws.ec2.security_group", "name": "g", "tags": {}, "properties": {"ingress": [], "egress": egress}}

test_all_traffic if {
	r := egress_all_public.deny with input.resources as [sg([rule("-1", null, null, "0.0.0.0/0", null)])]
	r == {{"resource": "g", "path": ["properties", "egress", 0], "msg": "Security group 'g' allows all outbound traffic to 0.0.0.0/0."}}
}

test_all_tcp_ports_ipv6 if {
	count(egress_all_public.deny) == 1 with input.resources as [sg([rule("tcp", 0, 65535, null, "::/0")])]
}

test_narrow if {
	count(egress_all_public.deny) == 0 with input.resources as [sg([rule("tcp", 443, 443, "0.0.0.0/0", null)])]
	count(egress_all_public.deny) == 0 with input.resources as [sg([rule("-1", null, null, "10.0.0.0/16", null)])]
	count(egress_all_public.deny) == 0 with input.resources as [sg([rule({"$unknown": "Ref"}, null, null, "0.0.0.0/0", null)])]
}
