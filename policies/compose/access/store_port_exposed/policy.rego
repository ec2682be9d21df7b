# METADATA
# title: Data store port is published on all interfaces
# description: >-
#   A database, cache or object store port published without a host IP listens on every
#   interface of the host (and Docker's iptables rules bypass host firewalls such as ufw):
#   anyone who can reach the machine can try its credentials or its lack of them.
# custom:
#   id: PAL-COMPOSE-015
#   severity: high
#   category: access
#   cwe: CWE-668
#   remediation: >-
#     Do not publish data store ports; services reach them over the project network. For
#     local access, bind to loopback: `"127.0.0.1:5432:5432"`.
#   frameworks:
#     nist-800-53: [SC-7]
#     cis-docker: ["5.14"]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.access.store_port_exposed

import data.palisade.lib
import data.palisade.lib.compose

# One finding per port entry; a data store by its image, or any service by a data store port.
deny contains lib.result(r, ["properties", "ports", i], msg) if {
	some r in compose.services
	some i, port in r.properties.ports
	compose.all_interfaces(port)
	store_port(r.properties, port)
	msg := concat("", ["Service '", r.name, "' publishes data store port ", format_target(port.target), " on all host interfaces."])
}

store_port(p, _) if compose.is_store(p)

store_port(p, port) if {
	not compose.is_store(p)
	compose.is_store_port(port)
}

format_target(t) := format_int(t, 10) if is_number(t)

format_target(t) := t if is_string(t)
