# METADATA
# title: Credentials are sent over plain HTTP
# description: >-
#   A URL with the `http` scheme that carries user:password, or is the value of a secret
#   variable, sends the credential in clear text to the other service: anyone who can see
#   the traffic (a compromised container on the same network, a proxy) can read it.
# custom:
#   id: PAL-COMPOSE-024
#   severity: medium
#   category: encryption
#   cwe: CWE-523
#   remediation: Serve the endpoint over HTTPS and use an `https://` URL; keep the credentials out of the URL.
#   frameworks:
#     nist-800-53: [SC-8]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.encryption.http_credentials

import data.palisade.lib
import data.palisade.lib.compose

deny contains lib.result(r, ["properties", "environment", name], msg) if {
	some r in compose.services
	some name, e in r.properties.environment
	lower(e.url.scheme) == "http"
	carries_credentials(e)
	msg := concat("", ["Service '", r.name, "' sends credentials over plain HTTP in ", name, "."])
}

carries_credentials(e) if e.url.has_credentials == true

carries_credentials(e) if e.secret_name == true
