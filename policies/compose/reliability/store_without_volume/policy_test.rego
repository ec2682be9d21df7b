package palisade.rules.compose.reliability.store_without_volume_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.reliability.store_without_volume as rule

vol(type, source, target) := {"type": type, "source": source, "target": target, "read_only": false}

test_stores_without_persistent_data_are_reported if {
	services := [
		fx.service("db", {"image_name": "postgres"}),
		fx.service("cache", {"image_name": "redis", "volumes": [vol("volume", null, "/data")]}),
		fx.service("blobs", {"image_name": "minio/minio", "volumes": [vol("tmpfs", null, "/data")]}),
		fx.service("search", {"image_name": "opensearchproject/opensearch", "volumes": [vol("bind", "./opensearch.yml", "/usr/share/opensearch/config/opensearch.yml")]}),
	]
	fx.hits(rule.deny) == {["db", []], ["cache", []], ["blobs", []], ["search", []]} with input.resources as services
}

test_message_names_the_kind if {
	r := fx.service("db", {"image_name": "bitnami/postgresql"})
	{d.msg | some d in rule.deny} == {"Data store 'db' (postgres) keeps its data in no named volume."} with input.resources as [r]
}

test_named_volumes_host_folders_and_caches_pass if {
	services := [
		fx.service("db", {"image_name": "postgres", "volumes": [vol("volume", "pgdata", "/var/lib/postgresql/data")]}),
		fx.service("blobs", {"image_name": "minio/minio", "volumes": [vol("bind", "./data/minio", "/data")]}),
		fx.service("mc", {"image_name": "memcached"}),
		fx.service("web", {"image_name": "nginx"}),
	]
	count(rule.deny) == 0 with input.resources as services
}
