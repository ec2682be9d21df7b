package palisade.rules.compose.reliability.no_healthcheck_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.reliability.no_healthcheck as rule

test_missing_and_disabled_healthchecks_are_reported if {
	services := [
		fx.service("web", {}),
		fx.service("db", {"healthcheck": {"disable": true, "test": []}}),
		fx.service("cache", {"healthcheck": {"disable": false, "test": ["NONE"]}}),
	]
	fx.hits(rule.deny) == {["web", []], ["db", ["properties", "healthcheck"]], ["cache", ["properties", "healthcheck"]]} with input.resources as services
}

test_healthchecks_and_one_shot_jobs_pass if {
	services := [
		fx.service("web", {"healthcheck": {"disable": false, "test": ["CMD", "curl", "-f", "http://localhost/health"]}}),
		fx.service("migrate", {"restart": "no"}),
		fx.service("seed", {"restart_policy": {"condition": "none"}}),
	]
	count(rule.deny) == 0 with input.resources as services
}

test_job_awaited_by_another_service_passes if {
	migrate := fx.service("migrate", {})
	web := fx.service("web", {
		"healthcheck": {"disable": false, "test": ["CMD", "true"]},
		"depends_on": {"migrate": {"condition": "service_completed_successfully", "required": true}},
	})
	count(rule.deny) == 0 with input.resources as [migrate, web]
}
