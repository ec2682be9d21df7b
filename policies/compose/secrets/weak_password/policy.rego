# METADATA
# title: Weak password
# description: >-
#   A password shorter than 12 characters or made of a dictionary word falls to a
#   dictionary or brute-force attack in minutes, especially for services reachable on the
#   network such as databases.
# custom:
#   id: PAL-COMPOSE-021
#   severity: medium
#   category: access
#   cwe: CWE-1391
#   remediation: Use a random password of at least 16 characters, generated per environment and passed as a secret.
#   frameworks:
#     nist-800-53: [IA-5(1)]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.secrets.weak_password

import data.palisade.lib
import data.palisade.lib.compose

# Default credentials are worse and reported by PAL-COMPOSE-020.
deny contains lib.result(r, ["properties", "environment", name], msg) if {
	some r in compose.services
	some name, e in r.properties.environment
	e.secret_name == true
	e.weak == true
	e.default_credential == false
	msg := concat("", ["Service '", r.name, "' sets a weak password in ", name, "."])
}

# A literal password on the command line (redis-server --requirepass ...), judged before redaction.
deny contains lib.result(r, ["properties", "command", p.index], msg) if {
	some r in compose.services
	some p in object.get(r.properties, "command_passwords", [])
	p.weak == true
	p.default_credential == false
	msg := concat("", ["Service '", r.name, "' sets a weak password with ", p.flag, " on its command line."])
}
