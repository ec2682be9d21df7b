package palisade.rules.compose.encryption.store_without_tls_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.encryption.store_without_tls as rule

test_plain_text_stores_are_reported if {
	services := [
		fx.service("db", {"image_name": "postgres"}),
		fx.service("cache", {"image_name": "redis", "command": ["redis-server", "--requirepass", "***REDACTED***"]}),
		fx.service("blobs", {"image_name": "minio/minio", "command": ["server", "/data"]}),
		fx.service("docs", {"image_name": "mongo"}),
	]
	fx.hits(rule.deny) == {["db", []], ["cache", []], ["blobs", []], ["docs", []]} with input.resources as services
}

test_message_names_the_kind if {
	r := fx.service("db", {"image_name": "bitnami/postgresql"})
	{d.msg | some d in rule.deny} == {"Data store 'db' (postgres) serves connections without TLS."} with input.resources as [r]
}

test_tls_settings_pass if {
	services := [
		fx.service("pg1", {"image_name": "postgres", "command": ["postgres", "-c", "ssl=on", "-c", "ssl_cert_file=/run/secrets/cert"]}),
		fx.service("pg2", {"image_name": "postgres", "command": ["-c", "config_file=/etc/postgresql/postgresql.conf"]}),
		fx.service("pg3", {"image_name": "bitnami/postgresql", "environment": {"POSTGRESQL_ENABLE_TLS": fx.env({"value": "yes"})}}),
		fx.service("rd1", {"image_name": "redis", "command": ["redis-server", "--tls-port", "6379", "--port", "0"]}),
		fx.service("rd2", {"image_name": "bitnami/redis", "environment": {"REDIS_TLS_ENABLED": fx.env({"value": "yes"})}}),
		fx.service("mn1", {"image_name": "minio/minio", "volumes": [{"type": "bind", "source": "./certs", "target": "/root/.minio/certs", "read_only": true}]}),
		fx.service("mn2", {"image_name": "minio/minio", "command": ["server", "/data", "--certs-dir", "/certs"]}),
		fx.service("mg", {"image_name": "mongo", "command": ["mongod", "--tlsMode", "requireTLS"]}),
		fx.service("my", {"image_name": "mysql"}),
		fx.service("web", {"image_name": "nginx"}),
	]
	count(rule.deny) == 0 with input.resources as services
}
