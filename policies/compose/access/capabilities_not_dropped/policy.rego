# METADATA
# title: Default capabilities are not dropped
# description: >-
#   Docker grants every container a default set of capabilities (CHOWN, DAC_OVERRIDE, FOWNER,
#   SETUID, SETGID, NET_RAW, ...) that most services never use; each one is attack surface
#   after a compromise.
# custom:
#   id: PAL-COMPOSE-010
#   severity: low
#   category: access
#   cwe: CWE-250
#   remediation: >-
#     Add `cap_drop: [ALL]` and add back with `cap_add` only what the service needs.
#   frameworks:
#     nist-800-53: [AC-6, CM-7]
#     cis-docker: ["5.4"]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.access.capabilities_not_dropped

import data.palisade.lib
import data.palisade.lib.compose

deny contains lib.result(r, [], msg) if {
	some r in compose.services
	r.properties.cap_drop == []
	not r.properties.privileged
	msg := concat("", ["Service '", r.name, "' keeps Docker's default capabilities: it has no cap_drop: [ALL]."])
}

deny contains lib.result(r, ["properties", "cap_drop"], msg) if {
	some r in compose.services
	drops := r.properties.cap_drop
	is_array(drops)
	count(drops) > 0
	not drops_all(drops)
	not r.properties.privileged
	msg := concat("", ["Service '", r.name, "' drops only some capabilities (", concat(", ", drops), "), not ALL."])
}

drops_all(drops) if {
	some d in drops
	trim_prefix(upper(d), "CAP_") == "ALL"
}
