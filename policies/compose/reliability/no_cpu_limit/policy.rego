# METADATA
# title: Service has no CPU limit
# description: >-
#   Without a CPU limit a busy or attacked service can starve every other service on the
#   host, including the data stores the rest depend on.
# custom:
#   id: PAL-COMPOSE-030
#   severity: low
#   category: reliability
#   cwe: CWE-770
#   remediation: >-
#     Set `deploy.resources.limits.cpus` (or `cpus`), e.g. `cpus: "1.0"`.
#   frameworks:
#     nist-800-53: [SC-6]
#     cis-docker: ["5.12"]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.reliability.no_cpu_limit

import data.palisade.lib
import data.palisade.lib.compose

deny contains lib.result(r, [], msg) if {
	some r in compose.services
	r.properties.limits.cpus == null
	msg := concat("", ["Service '", r.name, "' has no CPU limit."])
}
