# METADATA
# title: Service shares the host's cgroup namespace
# description: >-
#   With `cgroup: host` the container sees the host's whole cgroup tree instead of its own,
#   which reveals the host's other workloads and, where /sys/fs/cgroup is writable (a
#   privileged container, cgroup v1 release agents), is a known path to escape to the host.
# custom:
#   id: PAL-COMPOSE-034
#   severity: medium
#   category: access
#   cwe: CWE-250
#   remediation: >-
#     Remove `cgroup: host` (or write `cgroup: private`, Docker's default on cgroup v2) so the
#     container gets a cgroup namespace of its own.
#   frameworks:
#     nist-800-53: [AC-6, SC-39]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.access.host_cgroup

import data.palisade.lib
import data.palisade.lib.compose
import data.palisade.lib.container

deny contains lib.result(r, ["properties", "cgroup"], msg) if {
	some r in compose.services
	container.host_mode(r.properties.cgroup)
	msg := concat("", ["Service '", r.name, "' uses the host's cgroup namespace (cgroup: host)."])
}
