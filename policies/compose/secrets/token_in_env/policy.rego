# METADATA
# title: Token or URL with credentials in the environment
# description: >-
#   A value that is itself a credential (an API token, a connection URL with user:password)
#   is written in the Compose file, whatever the variable is called: it ends up in version
#   control and in `docker inspect`.
# custom:
#   id: PAL-COMPOSE-019
#   severity: high
#   category: encryption
#   cwe: CWE-526
#   remediation: >-
#     Move the credential to a Compose secret (or an uncommitted environment) and build the
#     URL from parts at start-up, or use the client's password-file option.
#   frameworks:
#     nist-800-53: [IA-5(7)]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.secrets.token_in_env

import data.palisade.lib
import data.palisade.lib.compose

kinds := {
	"token": "a token",
	"url-credentials": "a URL with credentials",
}

deny contains lib.result(r, ["properties", "environment", name], msg) if {
	some r in compose.services
	some name, e in r.properties.environment
	e.interpolated == false
	what := kinds[e.secret_value]
	msg := concat("", ["Service '", r.name, "' has ", what, " in plain text in ", name, "."])
}
