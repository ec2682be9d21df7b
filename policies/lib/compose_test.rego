package palisade.lib.compose_test

import data.palisade.lib.compose

# A service as the loader normalizes it: every field present, secure defaults only where
# Compose has them. Rule tests override what they judge: service("db", {"image_name": ...}).
defaults := {
	"image": "ghcr.io/example/app:1.0.0",
	"image_name": "example/app",
	"image_tag": "1.0.0",
	"image_digest": null,
	"build": false,
	"privileged": false,
	"user": null,
	"read_only": false,
	"network_mode": null,
	"pid": null,
	"ipc": null,
	"uts": null,
	"userns_mode": null,
	"cgroup": null,
	"cap_add": [],
	"cap_drop": [],
	"security_opt": [],
	"ports": [],
	"volumes": [],
	"environment": {},
	"secrets": [],
	"command": [],
	"entrypoint": [],
	"healthcheck": null,
	"restart": null,
	"restart_policy": null,
	"depends_on": {},
	"networks": [{"name": "default", "internal": false, "external": false}],
	"logging": null,
	"limits": {"memory": null, "cpus": null, "pids": null},
	"profiles": [],
	"files": ["compose.yaml"],
}

service(name, overrides) := {
	"id": concat("", ["compose.yaml#services.", name]),
	"type": "compose.service",
	"source": "compose",
	"name": name,
	"properties": object.union(defaults, overrides),
	"tags": {},
}

# An environment entry as the loader describes it; tests override the verdicts.
env(overrides) := object.union(
	{
		"value": "x",
		"secret_name": false,
		"secret_value": null,
		"empty": false,
		"default_credential": false,
		"weak": false,
		"interpolated": false,
		"file_reference": false,
		"url": null,
		"pass_through": false,
		"env_file": null,
	},
	overrides,
)

port(host_ip, target) := {"host_ip": host_ip, "published": format_int(target, 10), "target": target, "protocol": "tcp"}

test_store_kind_by_image_base if {
	compose.store_kind({"image_name": "postgres"}) == "postgres"
	compose.store_kind({"image_name": "bitnami/postgresql"}) == "postgres"
	compose.store_kind({"image_name": "minio/minio"}) == "minio"
	compose.store_kind({"image_name": "redis/redis-stack-server"}) == "redis"
	compose.store_kind({"image_name": "elasticsearch/elasticsearch"}) == "search"
	not compose.store_kind({"image_name": "nginx"})
	compose.store_kind({"image_name": "mssql/server"}) == "mssql"
	not compose.store_kind({"image_name": "acme/server"})
	not compose.store_kind({"image_name": null})
	not compose.store_kind({"image_name": "example/postgres-exporter"})
}

test_stateful if {
	compose.is_stateful({"image_name": "mongo"})
	not compose.is_stateful({"image_name": "memcached"})
	not compose.is_stateful({"image_name": "nginx"})
}

test_bitnami if {
	compose.is_bitnami({"image_name": "bitnami/redis"})
	not compose.is_bitnami({"image_name": "redis"})
}

test_store_port if {
	compose.is_store_port(port(null, 5432))
	compose.is_store_port({"target": "6379"})
	compose.is_store_port(port(null, 1433))
	not compose.is_store_port(port(null, 8080))
	compose.is_store_port({"target": "6379-6380"})
	compose.is_store_port({"target": "5430-5440"})
	not compose.is_store_port(port(null, 9000))
	not compose.is_store_port({"target": "8000-8010"})
}

test_all_interfaces if {
	compose.all_interfaces(port(null, 5432))
	compose.all_interfaces(port("0.0.0.0", 5432))
	compose.all_interfaces(port("::", 5432))
	not compose.all_interfaces(port("127.0.0.1", 5432))
	not compose.all_interfaces(port("::1", 5432))
}

test_args if {
	p := {"entrypoint": ["docker-entrypoint.sh"], "command": ["redis-server", "--requirepass", "***REDACTED***"]}
	compose.args(p) == ["docker-entrypoint.sh", "redis-server", "--requirepass", "***REDACTED***"]
	compose.has_arg(p, "--requirepass")
	not compose.has_arg(p, "--tls-port")
	compose.args({"entrypoint": {"$unknown": "x"}, "command": ["a"]}) == ["a"]
}

test_has_config_file if {
	compose.has_config_file({"entrypoint": [], "command": ["redis-server", "/usr/local/etc/redis/redis.conf"]})
	not compose.has_config_file({"entrypoint": [], "command": ["redis-server", "--appendonly", "yes"]})
}

test_env if {
	p := {"environment": {
		"ALLOW_EMPTY_PASSWORD": env({"value": "yes"}),
		"REDIS_PASSWORD": env({"value": "***REDACTED***"}),
		"EMPTY": env({"value": null, "empty": true}),
		"FROM_ENV": env({"value": "", "empty": true, "interpolated": true}),
	}}
	compose.env_true(p, "ALLOW_EMPTY_PASSWORD")
	not compose.env_true(p, "REDIS_PASSWORD")
	compose.env_set(p, "REDIS_PASSWORD")
	not compose.env_set(p, "EMPTY")
	compose.env_set(p, "FROM_ENV")
	not compose.env_set(p, "MISSING")
}

test_one_shot if {
	compose.one_shot({"restart": "no", "restart_policy": null})
	compose.one_shot({"restart": null, "restart_policy": {"condition": "none"}})
	not compose.one_shot({"restart": null, "restart_policy": null})
	not compose.one_shot({"restart": "unless-stopped", "restart_policy": null})
}

test_job_by_restart_or_by_a_dependent_waiting_for_completion if {
	migrate := service("migrate", {"restart": null, "restart_policy": null})
	web := service("web", {"depends_on": {"migrate": {"condition": "service_completed_successfully", "required": true}}})
	compose.job(migrate) with input.resources as [migrate, web]
	not compose.job(web) with input.resources as [migrate, web]
	started := service("web", {"depends_on": {"migrate": {"condition": "service_started", "required": true}}})
	not compose.job(migrate) with input.resources as [migrate, started]
	compose.job(service("seed", {"restart": "no", "restart_policy": null})) with input.resources as []
}

test_sibling_same_project_only if {
	web := service("web", {})
	db := service("db", {"image_name": "postgres"})
	other := object.union(service("db", {}), {"id": "other/compose.yaml#services.db"})
	compose.sibling(web, "db") == db with input.resources as [web, db, other]
	not compose.sibling(web, "cache") with input.resources as [web, db, other]
}

# What a rule found, as {[service name, path]}: compact to compare in rule tests.
hits(deny) := {[trim_prefix(d.resource, "compose.yaml#services."), d.path] | some d in deny}
