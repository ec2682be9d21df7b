# METADATA
# title: Root filesystem is writable
# description: >-
#   A writable root filesystem lets an attacker who gets code execution change binaries
#   and configuration or drop tools in the container; a read-only one confines writes to
#   declared volumes and tmpfs mounts.
# custom:
#   id: PAL-COMPOSE-014
#   severity: low
#   category: access
#   cwe: none
#   remediation: >-
#     Set `read_only: true` and mount `tmpfs` (e.g. `/tmp`, `/run`) or volumes where the service must write.
#   frameworks:
#     nist-800-53: [CM-5, SI-7]
#     cis-docker: ["5.13"]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.access.writable_root_fs

import data.palisade.lib
import data.palisade.lib.compose
import data.palisade.lib.container

deny contains lib.result(r, ["properties", "read_only"], msg) if {
	some r in compose.services
	container.writable_root(r.properties)
	msg := concat("", ["Service '", r.name, "' has a writable root filesystem (no read_only: true)."])
}
