# METADATA
# title: Default credentials
# description: >-
#   A well-known default password (postgres, minioadmin, admin, changeme, ...) is the first
#   thing an attacker tries; MinIO without root credentials falls back to
#   minioadmin/minioadmin (Bitnami's image to minio/miniosecret). Interpolated defaults
#   (`${DB_PASSWORD:-postgres}`) count too.
# custom:
#   id: PAL-COMPOSE-020
#   severity: critical
#   category: access
#   cwe: CWE-1392
#   remediation: >-
#     Generate a strong random password per environment and pass it as a Compose secret
#     (`*_FILE` variables); for MinIO set MINIO_ROOT_USER and MINIO_ROOT_PASSWORD_FILE.
#   frameworks:
#     nist-800-53: [IA-5(1)]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.secrets.default_credentials

import data.palisade.lib
import data.palisade.lib.compose

deny contains lib.result(r, ["properties", "environment", name], msg) if {
	some r in compose.services
	some name, e in r.properties.environment
	e.default_credential == true
	credential(e)
	msg := concat("", ["Service '", r.name, "' uses a well-known default credential in ", name, "."])
}

deny contains lib.result(r, ["properties", "command", p.index], msg) if {
	some r in compose.services
	some p in object.get(r.properties, "command_passwords", [])
	p.default_credential == true
	msg := concat("", ["Service '", r.name, "' uses a well-known default password with ", p.flag, " on its command line."])
}

# MinIO without root credentials starts with its image's defaults.
deny contains lib.result(r, [], msg) if {
	some r in compose.services
	compose.store_kind(r.properties) == "minio"
	not minio_credentials(r.properties)
	msg := concat("", ["MinIO service '", r.name, "' sets no root password: it falls back to ", minio_default(r.properties), "."])
}

minio_default(p) := "minio/miniosecret" if compose.is_bitnami(p)

minio_default(p) := "minioadmin/minioadmin" if not compose.is_bitnami(p)

credential(e) if e.secret_name == true

credential(e) if e.secret_value != null

minio_password_vars := {
	"MINIO_ROOT_PASSWORD", "MINIO_ROOT_PASSWORD_FILE", "MINIO_SECRET_KEY",
	"MINIO_SECRET_KEY_FILE", "MINIO_CONFIG_ENV_FILE",
}

minio_credentials(p) if {
	some name in minio_password_vars
	compose.env_set(p, name)
}

# An environment the loader could not know: do not guess.
minio_credentials(p) if not is_object(p.environment)
