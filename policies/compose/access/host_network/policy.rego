# METADATA
# title: Service shares the host's network namespace
# description: >-
#   With `network_mode: host` the container sees every host interface and can bind any host
#   port; published-port rules, network isolation and internal networks no longer apply.
# custom:
#   id: PAL-COMPOSE-003
#   severity: high
#   category: access
#   cwe: CWE-653
#   remediation: >-
#     Remove `network_mode: host`; join a project network and publish only the ports that
#     must be reachable, bound to a specific interface (`127.0.0.1:8080:80`).
#   frameworks:
#     nist-800-53: [AC-4, SC-7]
#     cis-docker: ["5.10"]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.access.host_network

import data.palisade.lib
import data.palisade.lib.compose
import data.palisade.lib.container

deny contains lib.result(r, ["properties", "network_mode"], msg) if {
	some r in compose.services
	container.host_mode(r.properties.network_mode)
	msg := concat("", ["Service '", r.name, "' uses the host's network namespace (network_mode: host)."])
}
