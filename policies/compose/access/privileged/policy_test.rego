package palisade.rules.compose.access.privileged_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.access.privileged as rule

test_privileged_is_reported if {
	r := fx.service("agent", {"privileged": true})
	rule.deny == {{"resource": r.id, "path": ["properties", "privileged"], "msg": "Service 'agent' runs privileged."}} with input.resources as [r]
}

test_unprivileged_passes if {
	count(rule.deny) == 0 with input.resources as [fx.service("agent", {})]
}
