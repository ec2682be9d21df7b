# METADATA
# title: Data store accepts connections without authentication
# description: >-
#   Redis without `requirepass` or an ACL file, MongoDB without a root user, PostgreSQL
#   with `trust` authentication, empty-password switches (ALLOW_EMPTY_PASSWORD,
#   MYSQL_ALLOW_EMPTY_PASSWORD) or disabled Elasticsearch/OpenSearch security let anyone
#   who reaches the port read, change or delete the data, and often run code.
# custom:
#   id: PAL-COMPOSE-022
#   severity: high
#   category: access
#   cwe: CWE-306
#   remediation: >-
#     Turn authentication on: `redis-server --requirepass` (password from a secret) or an
#     `--aclfile`; MONGO_INITDB_ROOT_PASSWORD_FILE; remove POSTGRES_HOST_AUTH_METHOD=trust,
#     the ALLOW_EMPTY_PASSWORD switches and the options that disable security plugins.
#   frameworks:
#     nist-800-53: [IA-2]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.secrets.store_no_auth

import data.palisade.lib
import data.palisade.lib.compose

# Settings that switch authentication off, by data store kind: variable -> values.
switches := {
	"postgres": {"POSTGRES_HOST_AUTH_METHOD": {"trust"}},
	"mysql": {
		"MYSQL_ALLOW_EMPTY_PASSWORD": {"yes", "true", "1", "on"},
		"MARIADB_ALLOW_EMPTY_ROOT_PASSWORD": {"yes", "true", "1", "on"},
		"MARIADB_ALLOW_EMPTY_PASSWORD": {"yes", "true", "1", "on"},
	},
	"search": {
		"xpack.security.enabled": {"false", "no", "0", "off"},
		"DISABLE_SECURITY_PLUGIN": {"true", "yes", "1", "on"},
		"plugins.security.disabled": {"true", "yes", "1", "on"},
	},
}

deny contains lib.result(r, ["properties", "environment", name], msg) if {
	some r in compose.services
	kind := compose.store_kind(r.properties)
	some name, values in switches[kind]
	lower(compose.env_value(r.properties, name)) in values
	msg := concat("", ["Data store '", r.name, "' turns authentication off with ", name, "."])
}

# Bitnami images refuse to start without a password unless this is set.
deny contains lib.result(r, ["properties", "environment", "ALLOW_EMPTY_PASSWORD"], msg) if {
	some r in compose.services
	compose.is_store(r.properties)
	compose.is_bitnami(r.properties)
	compose.env_true(r.properties, "ALLOW_EMPTY_PASSWORD")
	msg := concat("", ["Data store '", r.name, "' allows an empty password (ALLOW_EMPTY_PASSWORD)."])
}

deny contains lib.result(r, [], msg) if {
	some r in compose.services
	p := r.properties
	compose.store_kind(p) == "redis"
	not compose.is_bitnami(p)
	not redis_auth(p)
	msg := concat("", ["Redis service '", r.name, "' has no password or ACL (no --requirepass or --aclfile)."])
}

deny contains lib.result(r, [], msg) if {
	some r in compose.services
	p := r.properties
	compose.store_kind(p) == "mongo"
	not compose.is_bitnami(p)
	not mongo_auth(p)
	msg := concat("", ["MongoDB service '", r.name, "' creates no root user and does not enable --auth."])
}

redis_auth(p) if compose.has_arg(p, "requirepass")

redis_auth(p) if compose.has_arg(p, "aclfile")

# What a config file sets cannot be seen here: assume it configures authentication.
redis_auth(p) if compose.has_config_file(p)

# redis-stack images read their server arguments from REDIS_ARGS.
redis_auth(p) if regex.match(`requirepass|aclfile`, compose.env_value(p, "REDIS_ARGS"))

# The loader hides values that carry a secret: a hidden REDIS_ARGS holds a password.
redis_auth(p) if compose.env_value(p, "REDIS_ARGS") == "***REDACTED***"

redis_auth(p) if not is_object(p.environment)

mongo_auth(p) if compose.env_set(p, "MONGO_INITDB_ROOT_PASSWORD")

mongo_auth(p) if compose.env_set(p, "MONGO_INITDB_ROOT_PASSWORD_FILE")

mongo_auth(p) if compose.has_arg(p, "--auth")

mongo_auth(p) if compose.has_config_file(p)

mongo_auth(p) if not is_object(p.environment)
