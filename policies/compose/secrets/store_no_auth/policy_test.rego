package palisade.rules.compose.secrets.store_no_auth_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.secrets.store_no_auth as rule

test_redis_without_password_is_reported if {
	r := fx.service("cache", {"image_name": "redis", "command": ["redis-server", "--appendonly", "yes"]})
	rule.deny == {{
		"resource": r.id,
		"path": [],
		"msg": "Redis service 'cache' has no password or ACL (no --requirepass or --aclfile).",
	}} with input.resources as [r]
}

test_redis_with_password_acl_or_config_passes if {
	services := [
		fx.service("a", {"image_name": "redis", "command": ["redis-server", "--requirepass", "***REDACTED***"]}),
		fx.service("b", {"image_name": "valkey/valkey", "command": ["sh", "-c", "valkey-server --requirepass \"$$(cat /run/secrets/redis)\""]}),
		fx.service("c", {"image_name": "redis", "command": ["redis-server", "--aclfile", "/run/secrets/users.acl"]}),
		fx.service("d", {"image_name": "redis", "command": ["redis-server", "/usr/local/etc/redis/redis.conf"]}),
		fx.service("e", {"image_name": "redis/redis-stack-server", "environment": {"REDIS_ARGS": fx.env({"value": "--requirepass ${REDIS_PASSWORD}"})}}),
		fx.service("f", {"image_name": "bitnami/redis", "environment": {"REDIS_PASSWORD_FILE": fx.env({"value": "/run/secrets/redis", "file_reference": true})}}),
	]
	count(rule.deny) == 0 with input.resources as services
}

test_switches_that_turn_auth_off_point_at_the_variable if {
	services := [
		fx.service("pg", {"image_name": "postgres", "environment": {"POSTGRES_HOST_AUTH_METHOD": fx.env({"value": "trust"})}}),
		fx.service("my", {"image_name": "mysql", "environment": {"MYSQL_ALLOW_EMPTY_PASSWORD": fx.env({"value": "yes"})}}),
		fx.service("es", {"image_name": "elasticsearch/elasticsearch", "environment": {"xpack.security.enabled": fx.env({"value": "false"})}}),
		fx.service("os", {"image_name": "opensearchproject/opensearch", "environment": {"DISABLE_SECURITY_PLUGIN": fx.env({"value": "true"})}}),
		fx.service("bn", {"image_name": "bitnami/redis", "environment": {"ALLOW_EMPTY_PASSWORD": fx.env({"value": "yes"})}}),
	]
	fx.hits(rule.deny) == {
		["pg", ["properties", "environment", "POSTGRES_HOST_AUTH_METHOD"]],
		["my", ["properties", "environment", "MYSQL_ALLOW_EMPTY_PASSWORD"]],
		["es", ["properties", "environment", "xpack.security.enabled"]],
		["os", ["properties", "environment", "DISABLE_SECURITY_PLUGIN"]],
		["bn", ["properties", "environment", "ALLOW_EMPTY_PASSWORD"]],
	} with input.resources as services
}

test_mongo_without_root_user_is_reported if {
	services := [
		fx.service("mongo", {"image_name": "mongo"}),
		fx.service("mongo-ok", {"image_name": "mongo", "environment": {"MONGO_INITDB_ROOT_PASSWORD_FILE": fx.env({"value": "/run/secrets/mongo", "file_reference": true})}}),
	]
	fx.hits(rule.deny) == {["mongo", []]} with input.resources as services
}

test_secure_settings_and_other_images_pass if {
	services := [
		fx.service("pg", {"image_name": "postgres", "environment": {"POSTGRES_HOST_AUTH_METHOD": fx.env({"value": "scram-sha-256"})}}),
		fx.service("es", {"image_name": "elasticsearch/elasticsearch", "environment": {"xpack.security.enabled": fx.env({"value": "true"})}}),
		fx.service("web", {"image_name": "nginx", "environment": {"ALLOW_EMPTY_PASSWORD": fx.env({"value": "yes"})}}),
		fx.service("mc", {"image_name": "memcached"}),
	]
	count(rule.deny) == 0 with input.resources as services
}
