package palisade.rules.compose.access.store_network_not_internal_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.access.store_network_not_internal as rule

net(name, internal) := {"name": name, "internal": internal, "external": false}

test_store_on_default_or_mixed_networks_is_reported if {
	services := [
		fx.service("db", {"image_name": "postgres"}),
		fx.service("cache", {"image_name": "redis", "networks": [net("backend", true), net("frontend", false)]}),
		fx.service("blobs", {"image_name": "minio/minio", "networks": []}),
	]
	fx.hits(rule.deny) == {["db", []], ["cache", []], ["blobs", []]} with input.resources as services
}

test_message_names_the_open_networks if {
	r := fx.service("cache", {"image_name": "redis", "networks": [net("backend", true), net("frontend", false)]})
	{d.msg | some d in rule.deny} == {"Data store 'cache' is attached to non-internal networks: frontend."} with input.resources as [r]
}

test_internal_only_and_non_stores_pass if {
	services := [
		fx.service("db", {"image_name": "postgres", "networks": [net("data", true)]}),
		fx.service("web", {"image_name": "nginx"}),
		fx.service("sidecar", {"image_name": "redis", "network_mode": "service:db", "networks": []}),
	]
	count(rule.deny) == 0 with input.resources as services
}

test_message_for_a_store_on_no_network if {
	r := fx.service("blobs", {"image_name": "minio/minio", "networks": []})
	{d.msg | some d in rule.deny} == {"Data store 'blobs' is on no internal network."} with input.resources as [r]
}
