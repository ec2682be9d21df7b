# METADATA
# title: Secret is written in plain text in the environment
# description: >-
#   A password, token or key written in the Compose file's `environment` ends up in version
#   control, in `docker inspect`, in CI logs and in every copy of the file; anyone who can
#   read one of them has the secret.
# custom:
#   id: PAL-COMPOSE-017
#   severity: high
#   category: encryption
#   cwe: CWE-526
#   remediation: >-
#     Use Compose `secrets:` and the image's `*_FILE` variable (`POSTGRES_PASSWORD_FILE:
#     /run/secrets/db_password`), or interpolate from an uncommitted environment
#     (`${DB_PASSWORD:?}`).
#   frameworks:
#     nist-800-53: [IA-5(7)]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.secrets.plaintext_env

import data.palisade.lib
import data.palisade.lib.compose

# Values that look like keys or tokens are judged by PAL-COMPOSE-018/019 instead.
deny contains lib.result(r, ["properties", "environment", name], msg) if {
	some r in compose.services
	some name, e in r.properties.environment
	e.secret_name == true
	e.secret_value == null
	e.file_reference == false
	e.interpolated == false
	e.empty == false
	msg := concat("", ["Service '", r.name, "' sets the secret ", name, " in plain text", origin(e), "."])
}

# Entries read from an env_file are reported there: say so.
origin(e) := concat("", [" in env_file ", e.env_file]) if is_string(e.env_file)

origin(e) := "" if not is_string(object.get(e, "env_file", null))
