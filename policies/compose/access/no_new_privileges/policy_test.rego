package palisade.rules.compose.access.no_new_privileges_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.access.no_new_privileges as rule

test_missing_points_at_the_service if {
	services := [fx.service("a", {}), fx.service("b", {"security_opt": ["apparmor:docker-default"]})]
	fx.hits(rule.deny) == {["a", []], ["b", []]} with input.resources as services
}

test_explicit_false_points_at_the_option if {
	r := fx.service("a", {"security_opt": ["label:type:svirt_apache_t", "no-new-privileges:false"]})
	fx.hits(rule.deny) == {["a", ["properties", "security_opt", 1]]} with input.resources as [r]
}

test_enabled_passes if {
	services := [
		fx.service("a", {"security_opt": ["no-new-privileges:true"]}),
		fx.service("b", {"security_opt": ["no-new-privileges=true"]}),
		fx.service("c", {"security_opt": ["no-new-privileges"]}),
	]
	count(rule.deny) == 0 with input.resources as services
}
