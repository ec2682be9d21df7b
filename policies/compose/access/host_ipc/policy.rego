# METADATA
# title: Service shares the host's IPC namespace
# description: >-
#   With `ipc: host` the container can read and write the host's shared memory segments,
#   semaphores and message queues, including those of other containers and host processes.
# custom:
#   id: PAL-COMPOSE-005
#   severity: high
#   category: access
#   cwe: CWE-653
#   remediation: >-
#     Remove `ipc: host`. To share memory between two services, use `ipc: shareable` on one
#     and `ipc: "service:<name>"` on the other.
#   frameworks:
#     nist-800-53: [SC-39]
#     cis-docker: ["5.17"]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.access.host_ipc

import data.palisade.lib
import data.palisade.lib.compose

deny contains lib.result(r, ["properties", "ipc"], msg) if {
	some r in compose.services
	r.properties.ipc == "host"
	msg := concat("", ["Service '", r.name, "' uses the host's IPC namespace (ipc: host)."])
}
