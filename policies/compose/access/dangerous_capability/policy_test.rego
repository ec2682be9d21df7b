package palisade.rules.compose.access.dangerous_capability_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.access.dangerous_capability as rule

test_one_finding_per_dangerous_capability if {
	r := fx.service("agent", {"cap_add": ["NET_BIND_SERVICE", "SYS_ADMIN", "NET_ADMIN", "CAP_SYS_PTRACE"]})
	fx.hits(rule.deny) == {
		["agent", ["properties", "cap_add", 1]],
		["agent", ["properties", "cap_add", 2]],
		["agent", ["properties", "cap_add", 3]],
	} with input.resources as [r]
}

test_all_is_dangerous if {
	r := fx.service("agent", {"cap_add": ["ALL"]})
	{d.msg | some d in rule.deny} == {"Service 'agent' adds the capability ALL."} with input.resources as [r]
}

test_narrow_capabilities_pass if {
	r := fx.service("web", {"cap_add": ["NET_BIND_SERVICE", "CHOWN", "SETUID", "SETGID"]})
	count(rule.deny) == 0 with input.resources as [r]
}
