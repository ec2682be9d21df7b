package palisade.rules.aws.ec2.admin_ports_public_test

import data.palisade.rules.aws.ec2.admin_ports_public

rule(protocol, from, to, v4, v6) := {
	"protocol": protocol, "from_port": from, "to_port": to,
	"cidr_ipv4": v4, "cidr_ipv6": v6, "source_security_group": null, "description": null,
}

sg(ingress) := {"id": "s", "type": "aws.ec2.security_group", "name": "s", "tags": {}, "properties": {"ingress": ingress, "egress": []}}

test_ssh_from_anywhere if {
	r := admin_ports_public.deny with input.resources as [sg([rule("tcp", 443, 443, "0.0.0.0/0", null), rule("tcp", 22, 22, "0.0.0.0/0", null)])]
	r == {{"resource": "s", "path": ["properties", "ingress", 1], "msg": "Security group 's' allows SSH (22) from 0.0.0.0/0."}}
}

test_all_traffic_from_ipv6 if {
	r := admin_ports_public.deny with input.resources as [sg([rule("-1", null, null, null, "::/0")])]
	r == {{"resource": "s", "path": ["properties", "ingress", 0], "msg": "Security group 's' allows SSH (22) and RDP (3389) from ::/0."}}
}

test_not_public_or_not_admin if {
	count(admin_ports_public.deny) == 0 with input.resources as [sg([rule("tcp", 22, 22, "10.0.0.0/8", null)])]
	count(admin_ports_public.deny) == 0 with input.resources as [sg([rule("tcp", 443, 443, "0.0.0.0/0", null)])]
	count(admin_ports_public.deny) == 0 with input.resources as [sg([rule("udp", 0, 65535, "0.0.0.0/0", null)])]
	count(admin_ports_public.deny) == 0 with input.resources as [sg([rule("tcp", 22, 22, {"$unknown": "Ref"}, null)])]
	count(admin_ports_public.deny) == 0 with input.resources as [sg([rule({"$unknown": "Ref"}, 22, 22, "0.0.0.0/0", null)])]
}
