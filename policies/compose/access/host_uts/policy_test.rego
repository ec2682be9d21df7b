package palisade.rules.compose.access.host_uts_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.access.host_uts as rule

test_host_uts_and_userns_are_reported_separately if {
	services := [fx.service("a", {"uts": "host"}), fx.service("b", {"uts": "host", "userns_mode": "host"})]
	fx.hits(rule.deny) == {
		["a", ["properties", "uts"]],
		["b", ["properties", "uts"]],
		["b", ["properties", "userns_mode"]],
	} with input.resources as services
}

test_default_namespaces_pass if {
	count(rule.deny) == 0 with input.resources as [fx.service("a", {"userns_mode": "keep-id"})]
}
