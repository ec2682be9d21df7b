package palisade.rules.compose.reliability.no_pids_limit_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.reliability.no_pids_limit as rule

limits(pids) := {"limits": {"memory": null, "cpus": null, "pids": pids}}

test_missing_or_unlimited_pids_are_reported if {
	services := [fx.service("a", {}), fx.service("b", limits("-1")), fx.service("c", limits("0"))]
	fx.hits(rule.deny) == {
		["a", []],
		["b", ["properties", "limits", "pids"]],
		["c", ["properties", "limits", "pids"]],
	} with input.resources as services
}

test_message_says_unlimited if {
	{d.msg | some d in rule.deny} == {"Service 'b' sets its pids limit to -1, which means no limit."} with input.resources as [fx.service("b", limits("-1"))]
}

test_limit_and_jobs_pass if {
	services := [
		fx.service("web", limits("200")),
		fx.service("migrate", {"restart": "no"}),
		fx.service("seed", {}),
		fx.service("api", object.union(limits("100"), {"depends_on": {"seed": {"condition": "service_completed_successfully", "required": true}}})),
	]
	count(rule.deny) == 0 with input.resources as services
}
