# METADATA
# title: Data store does not use TLS
# description: >-
#   PostgreSQL, Redis, MongoDB and MinIO images serve plain-text connections unless TLS is
#   configured: passwords and data cross the network readable by anyone on the path,
#   including other containers on a shared network.
# custom:
#   id: PAL-COMPOSE-023
#   severity: medium
#   category: encryption
#   cwe: CWE-319
#   remediation: >-
#     Mount a certificate and key (as secrets) and enable TLS: postgres `-c ssl=on -c
#     ssl_cert_file=... -c ssl_key_file=...`; redis `--tls-port 6379 --port 0 --tls-cert-file
#     ...`; mongod `--tlsMode requireTLS`; MinIO certificates in /root/.minio/certs (or
#     `--certs-dir`); Bitnami images POSTGRESQL_ENABLE_TLS / REDIS_TLS_ENABLED / MINIO_SCHEME=https.
#   frameworks:
#     nist-800-53: [SC-8]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.encryption.store_without_tls

import data.palisade.lib
import data.palisade.lib.compose

deny contains lib.result(r, [], msg) if {
	some r in compose.services
	p := r.properties
	kind := compose.store_kind(p)
	kind in {"postgres", "redis", "mongo", "minio"}
	is_object(p.environment)
	not tls(kind, p)
	not compose.has_config_file(p)
	msg := concat("", ["Data store '", r.name, "' (", kind, ") serves connections without TLS."])
}

tls("postgres", p) if {
	some a in compose.args(p)
	regex.match(`(^|[\s-])ssl\s*=\s*(on|true|yes|1)\b`, lower(a))
}

tls("postgres", p) if compose.env_true(p, "POSTGRESQL_ENABLE_TLS")

tls("redis", p) if compose.has_arg(p, "tls-port")

tls("redis", p) if contains(compose.env_value(p, "REDIS_ARGS"), "tls-port")

tls("redis", p) if compose.env_true(p, "REDIS_TLS_ENABLED")

tls("mongo", p) if regex.match(`--(tlsMode|sslMode)`, concat(" ", compose.args(p)))

tls("mongo", p) if compose.is_bitnami(p)

tls("minio", p) if compose.has_arg(p, "--certs-dir")

tls("minio", p) if lower(compose.env_value(p, "MINIO_SCHEME")) == "https"

tls("minio", p) if {
	some v in p.volumes
	regex.match(`(^|/)(\.minio/)?certs/?$`, v.target)
}

tls("minio", p) if {
	some name, _ in p.environment
	startswith(name, "MINIO_CERT")
}
