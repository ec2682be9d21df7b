package palisade.rules.compose.access.host_network_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.access.host_network as rule

test_host_network_is_reported if {
	r := fx.service("agent", {"network_mode": "host"})
	rule.deny == {{
		"resource": r.id,
		"path": ["properties", "network_mode"],
		"msg": "Service 'agent' uses the host's network namespace (network_mode: host).",
	}} with input.resources as [r]
}

test_other_network_modes_pass if {
	services := [
		fx.service("a", {}),
		fx.service("b", {"network_mode": "none"}),
		fx.service("c", {"network_mode": "service:a"}),
		fx.service("d", {"network_mode": "bridge"}),
	]
	count(rule.deny) == 0 with input.resources as services
}
