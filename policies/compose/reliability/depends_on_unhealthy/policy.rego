# METADATA
# title: Dependency on a data store does not wait until it is healthy
# description: >-
#   `depends_on` without `condition: service_healthy` only waits until the data store's
#   container has started, not until it accepts connections: the dependant fails or runs
#   its migrations against a database that is still initializing.
# custom:
#   id: PAL-COMPOSE-027
#   severity: low
#   category: reliability
#   cwe: none
#   remediation: >-
#     Give the data store a healthcheck and depend on it with the long form:
#     `depends_on: {db: {condition: service_healthy}}`.
#   frameworks:
#     nist-800-53: [CP-10]
#     soc2: [A1.2]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.reliability.depends_on_unhealthy

import data.palisade.lib
import data.palisade.lib.compose

deny contains lib.result(r, ["properties", "depends_on", name], msg) if {
	some r in compose.services
	some name, dep in r.properties.depends_on
	dep.condition != "service_healthy"
	compose.is_store(compose.sibling(r, name).properties)
	msg := concat("", ["Service '", r.name, "' depends on data store '", name, "' without condition: service_healthy."])
}
