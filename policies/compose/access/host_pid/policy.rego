# METADATA
# title: Service shares the host's process namespace
# description: >-
#   With `pid: host` the container sees every process on the host and, with the right
#   capabilities, can signal or trace them, read their environment and escape.
# custom:
#   id: PAL-COMPOSE-004
#   severity: high
#   category: access
#   cwe: CWE-653
#   remediation: >-
#     Remove `pid: host`. To inspect another container, share only its namespace (`pid: "service:<name>"`).
#   frameworks:
#     nist-800-53: [AC-6, SC-39]
#     cis-docker: ["5.16"]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.access.host_pid

import data.palisade.lib
import data.palisade.lib.compose
import data.palisade.lib.container

deny contains lib.result(r, ["properties", "pid"], msg) if {
	some r in compose.services
	container.host_mode(r.properties.pid)
	msg := concat("", ["Service '", r.name, "' uses the host's process namespace (pid: host)."])
}
