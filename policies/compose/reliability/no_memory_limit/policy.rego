# METADATA
# title: Service has no memory limit
# description: >-
#   Without a memory limit one leaking or attacked service can take all of the host's
#   memory, and the kernel's OOM killer then picks other services (or the Docker daemon).
# custom:
#   id: PAL-COMPOSE-029
#   severity: low
#   category: reliability
#   cwe: CWE-770
#   remediation: Set `deploy.resources.limits.memory` (or `mem_limit`) to what the service needs with some headroom.
#   frameworks:
#     nist-800-53: [SC-6]
#     cis-docker: ["5.11"]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.reliability.no_memory_limit

import data.palisade.lib
import data.palisade.lib.compose

deny contains lib.result(r, [], msg) if {
	some r in compose.services
	r.properties.limits.memory == null
	msg := concat("", ["Service '", r.name, "' has no memory limit."])
}
