package palisade.rules.compose.access.unconfined_profile_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.access.unconfined_profile as rule

test_each_unconfined_option_is_reported if {
	r := fx.service("agent", {"security_opt": [
		"no-new-privileges:true", "seccomp:unconfined", "apparmor=unconfined",
		"label:disable", "systempaths=unconfined",
	]})
	fx.hits(rule.deny) == {["agent", ["properties", "security_opt", i]] | some i in numbers.range(1, 4)} with input.resources as [r]
}

test_profiles_pass if {
	r := fx.service("agent", {"security_opt": ["seccomp:./seccomp.json", "apparmor:docker-default", "label:type:container_t"]})
	count(rule.deny) == 0 with input.resources as [r]
}
