# METADATA
# title: Service shares the host's UTS or user namespace
# description: >-
#   With `uts: host` the container can change the host's hostname and domain name; with
#   `userns_mode: host` it opts out of user-namespace remapping, so root in the container is
#   root on the host.
# custom:
#   id: PAL-COMPOSE-006
#   severity: medium
#   category: access
#   cwe: CWE-653
#   remediation: >-
#     Remove `uts: host` and `userns_mode: host`.
#   frameworks:
#     nist-800-53: [SC-39]
#     cis-docker: ["5.21", "5.31"]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.access.host_uts

import data.palisade.lib
import data.palisade.lib.compose

deny contains lib.result(r, ["properties", "uts"], msg) if {
	some r in compose.services
	r.properties.uts == "host"
	msg := concat("", ["Service '", r.name, "' uses the host's UTS namespace (uts: host)."])
}

deny contains lib.result(r, ["properties", "userns_mode"], msg) if {
	some r in compose.services
	r.properties.userns_mode == "host"
	msg := concat("", ["Service '", r.name, "' uses the host's user namespace (userns_mode: host)."])
}
