package palisade.rules.compose.access.store_port_exposed_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.access.store_port_exposed as rule

test_store_ports_on_all_interfaces_are_reported_per_entry if {
	services := [
		fx.service("db", {"image_name": "postgres", "ports": [fx.port(null, 5432), fx.port("127.0.0.1", 5433)]}),
		fx.service("minio", {"image_name": "minio/minio", "ports": [fx.port("0.0.0.0", 9000), fx.port("::", 9001)]}),
	]
	fx.hits(rule.deny) == {
		["db", ["properties", "ports", 0]],
		["minio", ["properties", "ports", 0]],
		["minio", ["properties", "ports", 1]],
	} with input.resources as services
}

test_any_image_on_a_store_port_is_reported if {
	r := fx.service("custom-db", {"image_name": null, "build": true, "ports": [fx.port(null, 6379), fx.port(null, 8080)]})
	rule.deny == {{
		"resource": r.id,
		"path": ["properties", "ports", 0],
		"msg": "Service 'custom-db' publishes data store port 6379 on all host interfaces.",
	}} with input.resources as [r]
}

test_loopback_and_non_store_ports_pass if {
	services := [
		fx.service("db", {"image_name": "postgres", "ports": [fx.port("127.0.0.1", 5432), fx.port("::1", 5432)]}),
		fx.service("web", {"image_name": "nginx", "ports": [fx.port(null, 80), fx.port("0.0.0.0", 443)]}),
		fx.service("api", {"image_name": "python", "ports": [fx.port(null, 9000)]}),
	]
	count(rule.deny) == 0 with input.resources as services
}
