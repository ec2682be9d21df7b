package palisade.rules.compose.reliability.no_cpu_limit_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.reliability.no_cpu_limit as rule

test_no_cpu_limit_is_reported if {
	services := [fx.service("a", {}), fx.service("b", {"limits": {"memory": "1g", "cpus": null}})]
	fx.hits(rule.deny) == {["a", []], ["b", []]} with input.resources as services
}

test_cpu_limit_passes if {
	count(rule.deny) == 0 with input.resources as [fx.service("a", {"limits": {"memory": null, "cpus": "0.5"}})]
}
