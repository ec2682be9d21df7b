package palisade.rules.compose.reliability.no_memory_limit_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.reliability.no_memory_limit as rule

test_no_memory_limit_is_reported if {
	services := [fx.service("a", {}), fx.service("b", {"limits": {"memory": null, "cpus": "0.5"}})]
	fx.hits(rule.deny) == {["a", []], ["b", []]} with input.resources as services
}

test_memory_limit_passes if {
	count(rule.deny) == 0 with input.resources as [fx.service("a", {"limits": {"memory": "512m", "cpus": null}})]
}
