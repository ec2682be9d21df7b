# METADATA
# title: Container runs privileged
# description: >-
#   A privileged container has every capability and access to the host's devices;
#   escaping to the host is trivial.
# custom:
#   id: PAL-COMPOSE-001
#   severity: critical
#   category: access
#   cwe: CWE-250
#   remediation: >-
#     Remove `privileged: true`. Grant only the capabilities the service needs with
#     `cap_add`, after `cap_drop: [ALL]`.
#   frameworks:
#     nist-800-53: [AC-6, CM-7]
#     cis-docker: ["5.5"]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.access.privileged

import data.palisade.lib
import data.palisade.lib.container

deny contains lib.result(r, ["properties", "privileged"], msg) if {
	some r in lib.resources("compose.service")
	container.privileged(r.properties)
	msg := concat("", ["Service '", r.name, "' runs privileged."])
}
