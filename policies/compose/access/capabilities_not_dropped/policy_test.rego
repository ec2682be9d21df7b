package palisade.rules.compose.access.capabilities_not_dropped_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.access.capabilities_not_dropped as rule

test_no_cap_drop_points_at_the_service if {
	fx.hits(rule.deny) == {["web", []]} with input.resources as [fx.service("web", {})]
}

test_partial_cap_drop_points_at_cap_drop if {
	r := fx.service("web", {"cap_drop": ["NET_RAW", "MKNOD"]})
	rule.deny == {{
		"resource": r.id,
		"path": ["properties", "cap_drop"],
		"msg": "Service 'web' drops only some capabilities (NET_RAW, MKNOD), not ALL.",
	}} with input.resources as [r]
}

test_drop_all_passes if {
	services := [fx.service("a", {"cap_drop": ["ALL"]}), fx.service("b", {"cap_drop": ["all"], "cap_add": ["NET_BIND_SERVICE"]})]
	count(rule.deny) == 0 with input.resources as services
}

test_privileged_is_left_to_the_privileged_rule if {
	count(rule.deny) == 0 with input.resources as [fx.service("a", {"privileged": true})]
}
