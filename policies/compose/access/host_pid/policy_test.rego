package palisade.rules.compose.access.host_pid_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.access.host_pid as rule

test_host_pid_is_reported if {
	fx.hits(rule.deny) == {["agent", ["properties", "pid"]]} with input.resources as [fx.service("agent", {"pid": "host"})]
}

test_own_or_shared_pid_passes if {
	services := [fx.service("a", {}), fx.service("b", {"pid": "service:a"})]
	count(rule.deny) == 0 with input.resources as services
}
