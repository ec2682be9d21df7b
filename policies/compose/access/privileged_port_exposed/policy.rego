# METADATA
# title: Privileged host port is published on all interfaces
# description: >-
#   Host ports below 1024 belong to system services (SSH 22, SMTP 25, DNS 53, SMB 445,
#   LDAP 389...). Publishing one on every interface puts the container in that service's
#   place for the whole network, bypassing the host's firewall rules for Docker-published
#   ports. HTTP (80) and HTTPS (443) are left out: serving them to the network is usually
#   the point of publishing them.
# custom:
#   id: PAL-COMPOSE-036
#   severity: medium
#   category: access
#   cwe: CWE-668
#   remediation: >-
#     Bind the port to the interface that needs it (`127.0.0.1:53:53/udp`), or publish an
#     unprivileged host port (`2222:22`) behind the host's firewall.
#   frameworks:
#     nist-800-53: [CM-7, SC-7]
#     cis-docker: ["5.8", "5.14"]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.access.privileged_port_exposed

import data.palisade.lib
import data.palisade.lib.compose

# Published to serve the network on purpose.
web_ports := {"80", "443"}

deny contains lib.result(r, ["properties", "ports", i], msg) if {
	some r in compose.services
	some i, port in r.properties.ports
	is_string(port.published)
	compose.all_interfaces(port)
	not web_ports[trim_space(port.published)]
	to_number(split(trim_space(port.published), "-")[0]) < 1024
	msg := concat("", ["Service '", r.name, "' publishes privileged host port ", port.published, " on all host interfaces."])
}
