# METADATA
# title: Cloud access key or private key in the environment
# description: >-
#   An AWS access key pair or a PEM private key written in the Compose file is a
#   long-lived credential in version control: whoever reads the file can act as that
#   identity or impersonate that service until the key is rotated.
# custom:
#   id: PAL-COMPOSE-018
#   severity: critical
#   category: encryption
#   cwe: CWE-526
#   remediation: >-
#     Revoke and rotate the key now. Give the service a role or short-lived credentials
#     (instance/task role, `aws sso`), or a Compose secret mounted as a file.
#   frameworks:
#     nist-800-53: [IA-5(7)]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.secrets.key_in_env

import data.palisade.lib
import data.palisade.lib.compose

kinds := {
	"aws-access-key-id": "an AWS access key id",
	"aws-secret-access-key": "an AWS secret access key",
	"private-key": "a private key",
}

# Only what the file itself holds: an interpolated value lives outside it.
deny contains lib.result(r, ["properties", "environment", name], msg) if {
	some r in compose.services
	some name, e in r.properties.environment
	e.interpolated == false
	what := kinds[e.secret_value]
	msg := concat("", ["Service '", r.name, "' has ", what, " in plain text in ", name, "."])
}
