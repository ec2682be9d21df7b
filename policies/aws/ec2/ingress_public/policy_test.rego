package palisade.rules.aws.ec2.ingress_public_test

import data.palisade.rules.aws.ec2.ingress_public

rule(protocol, from, to, v4) := {
	"protocol": protocol, "from_port": from, "to_port": to,
	"cidr_ipv4": v4, "cidr_ipv6": null, "source_security_group": null, "description": null,
}

sg(ingress) := {"id": "s", "type": "aws.ec2.security_group", "name": "s", "tags": {}, "properties": {"ingress": ingress, "egress": []}}

test_database_port if {
	r := ingress_public.deny with input.resources as [sg([rule("tcp", 443, 443, "0.0.0.0/0"), rule("tcp", 5432, 5432, "0.0.0.0/0")])]
	r == {{"resource": "s", "path": ["properties", "ingress", 1], "msg": "Security group 's' allows tcp port 5432 from 0.0.0.0/0."}}
}

test_range_and_udp if {
	r := ingress_public.deny with input.resources as [sg([rule("udp", 0, 65535, "0.0.0.0/0")])]
	r == {{"resource": "s", "path": ["properties", "ingress", 0], "msg": "Security group 's' allows udp ports 0-65535 from 0.0.0.0/0."}}
	count(ingress_public.deny) == 1 with input.resources as [sg([rule("tcp", 80, 443, "0.0.0.0/0")])]
	r17 := ingress_public.deny with input.resources as [sg([rule("17", 53, 53, "0.0.0.0/0")])]
	r17 == {{"resource": "s", "path": ["properties", "ingress", 0], "msg": "Security group 's' allows udp port 53 from 0.0.0.0/0."}}
}

test_web_admin_icmp_private_or_unknown if {
	count(ingress_public.deny) == 0 with input.resources as [sg([rule("tcp", 80, 80, "0.0.0.0/0"), rule("tcp", 443, 443, "0.0.0.0/0")])]
	count(ingress_public.deny) == 0 with input.resources as [sg([rule("tcp", 22, 22, "0.0.0.0/0")])]
	count(ingress_public.deny) == 0 with input.resources as [sg([rule("tcp", 0, 65535, "0.0.0.0/0")])]
	count(ingress_public.deny) == 0 with input.resources as [sg([rule("-1", null, null, "0.0.0.0/0")])]
	count(ingress_public.deny) == 0 with input.resources as [sg([rule("icmp", -1, -1, "0.0.0.0/0")])]
	count(ingress_public.deny) == 0 with input.resources as [sg([rule("tcp", 5432, 5432, "10.0.0.0/16")])]
	count(ingress_public.deny) == 0 with input.resources as [sg([rule("tcp", {"$unknown": "Ref"}, 5432, "0.0.0.0/0")])]
}
