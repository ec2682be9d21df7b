# METADATA
# title: Bind mount propagates mounts back to the host
# description: >-
#   A bind mount with `shared` or `rshared` propagation sends every mount the container makes
#   below it back to the host (and to other containers sharing it): a compromised container can
#   then shadow host paths or plant mounts that outlive it.
# custom:
#   id: PAL-COMPOSE-035
#   severity: medium
#   category: access
#   cwe: CWE-668
#   remediation: >-
#     Drop the propagation mode (Docker's default is `rprivate`), or use `slave`/`rslave` when
#     the container must see mounts the host makes but must not create its own.
#   frameworks:
#     nist-800-53: [AC-6, SC-4]
#     cis-docker: ["5.20"]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.access.shared_propagation

import data.palisade.lib
import data.palisade.lib.compose

deny contains lib.result(r, ["properties", "volumes", i], msg) if {
	some r in compose.services
	some i, v in r.properties.volumes
	v.type == "bind"
	v.propagation in {"shared", "rshared"}
	msg := concat("", ["Service '", r.name, "' mounts ", v.source, " with ", v.propagation, " propagation."])
}
