package palisade.rules.compose.access.privileged_port_exposed_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.access.privileged_port_exposed as rule

port(ip, published, target) := {"host_ip": ip, "published": published, "target": target, "protocol": "tcp"}

test_privileged_ports_on_all_interfaces_are_reported if {
	ports := [port(null, "22", 22), port("0.0.0.0", "53", 53), port("::", "389", 389), port(null, "1-2000", "1-2000"), port(null, "1023", 8080)]
	fx.hits(rule.deny) == {["gw", ["properties", "ports", i]] | some i in numbers.range(0, 4)} with input.resources as [fx.service("gw", {"ports": ports})]
}

test_message_names_the_port if {
	r := fx.service("gw", {"ports": [port(null, "22", 22)]})
	{d.msg | some d in rule.deny} == {"Service 'gw' publishes privileged host port 22 on all host interfaces."} with input.resources as [r]
}

test_web_loopback_unprivileged_and_unpublished_pass if {
	ports := [
		port(null, "80", 8080), port(null, "443", 8443), port("127.0.0.1", "53", 53),
		port(null, "2222", 22), port(null, "1024", 1024), port(null, null, 22),
	]
	count(rule.deny) == 0 with input.resources as [fx.service("gw", {"ports": ports})]
}
