package palisade.rules.compose.reliability.depends_on_unhealthy_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.reliability.depends_on_unhealthy as rule

dep(condition) := {"condition": condition, "required": true}

test_store_dependencies_without_healthy_are_reported if {
	services := [
		fx.service("db", {"image_name": "postgres"}),
		fx.service("cache", {"image_name": "redis"}),
		fx.service("worker", {}),
		fx.service("web", {"depends_on": {
			"db": dep("service_started"),
			"cache": dep("service_healthy"),
			"worker": dep("service_started"),
		}}),
	]
	fx.hits(rule.deny) == {["web", ["properties", "depends_on", "db"]]} with input.resources as services
}

test_message_names_the_store if {
	services := [fx.service("db", {"image_name": "postgres"}), fx.service("web", {"depends_on": {"db": dep("service_started")}})]
	{d.msg | some d in rule.deny} == {"Service 'web' depends on data store 'db' without condition: service_healthy."} with input.resources as services
}

test_a_store_in_another_project_is_not_this_dependency if {
	other := object.union(fx.service("db", {"image_name": "postgres"}), {"id": "other/compose.yaml#services.db"})
	services := [other, fx.service("db", {}), fx.service("web", {"depends_on": {"db": dep("service_started")}})]
	count(rule.deny) == 0 with input.resources as services
}
