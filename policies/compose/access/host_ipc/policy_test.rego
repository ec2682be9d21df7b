package palisade.rules.compose.access.host_ipc_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.access.host_ipc as rule

test_host_ipc_is_reported if {
	fx.hits(rule.deny) == {["agent", ["properties", "ipc"]]} with input.resources as [fx.service("agent", {"ipc": "host"})]
}

test_private_or_shareable_ipc_passes if {
	services := [fx.service("a", {"ipc": "shareable"}), fx.service("b", {"ipc": "service:a"}), fx.service("c", {})]
	count(rule.deny) == 0 with input.resources as services
}
