package palisade.rules.compose.logging.log_rotation_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.logging.log_rotation as rule

test_default_and_unbounded_json_file_are_reported if {
	services := [
		fx.service("a", {}),
		fx.service("b", {"logging": {"driver": "json-file", "options": {"max-file": "3"}}}),
		fx.service("c", {"logging": {"driver": null, "options": {}}}),
	]
	fx.hits(rule.deny) == {["a", []], ["b", ["properties", "logging"]], ["c", ["properties", "logging"]]} with input.resources as services
}

test_rotated_or_other_drivers_pass if {
	services := [
		fx.service("a", {"logging": {"driver": "json-file", "options": {"max-size": "10m", "max-file": "3"}}}),
		fx.service("b", {"logging": {"driver": "local", "options": {}}}),
		fx.service("c", {"logging": {"driver": "journald", "options": {}}}),
	]
	count(rule.deny) == 0 with input.resources as services
}
