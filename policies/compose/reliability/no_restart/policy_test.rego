package palisade.rules.compose.reliability.no_restart_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.reliability.no_restart as rule

test_no_restart_policy_is_reported if {
	r := fx.service("web", {})
	rule.deny == {{"resource": r.id, "path": [], "msg": "Service 'web' has no restart policy."}} with input.resources as [r]
}

test_restart_or_deploy_policy_passes if {
	services := [
		fx.service("a", {"restart": "unless-stopped"}),
		fx.service("b", {"restart_policy": {"condition": "on-failure"}}),
		fx.service("c", {"restart": "no"}),
	]
	count(rule.deny) == 0 with input.resources as services
}

test_job_awaited_by_another_service_passes if {
	migrate := fx.service("migrate", {})
	web := fx.service("web", {"restart": "always", "depends_on": {"migrate": {"condition": "service_completed_successfully", "required": true}}})
	count(rule.deny) == 0 with input.resources as [migrate, web]
}
