package palisade.rules.compose.access.runs_as_root_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.access.runs_as_root as rule

test_no_user_points_at_the_service if {
	fx.hits(rule.deny) == {["web", []]} with input.resources as [fx.service("web", {})]
}

test_root_users_point_at_user if {
	services := [
		fx.service("a", {"user": "root"}), fx.service("b", {"user": "0"}),
		fx.service("c", {"user": "0:0"}), fx.service("d", {"user": "root:wheel"}),
	]
	fx.hits(rule.deny) == {[n, ["properties", "user"]] | some n in ["a", "b", "c", "d"]} with input.resources as services
}

test_message_quotes_the_user if {
	r := fx.service("a", {"user": ""})
	{d.msg | some d in rule.deny} == {"Service 'a' runs as root (user: \"\")."} with input.resources as [r]
}

test_unprivileged_users_pass if {
	services := [
		fx.service("a", {"user": "10001:10001"}), fx.service("b", {"user": "postgres"}),
		fx.service("c", {"user": "rootless"}), fx.service("d", {"user": "1000"}),
	]
	count(rule.deny) == 0 with input.resources as services
}
