# METADATA
# title: Data store is not isolated on an internal network
# description: >-
#   A data store attached to a non-internal network can open connections to the internet
#   (exfiltration, fetching payloads) and shares a network with whatever else joins it;
#   an `internal: true` network keeps it reachable only by the services that need it.
# custom:
#   id: PAL-COMPOSE-016
#   severity: medium
#   category: access
#   cwe: CWE-668
#   remediation: >-
#     Declare a network with `internal: true`, attach the data store only to it, and attach
#     the services that use the store to it as well.
#   frameworks:
#     nist-800-53: [SC-7]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.access.store_network_not_internal

import data.palisade.lib
import data.palisade.lib.compose

deny contains lib.result(r, [], msg) if {
	some r in compose.services
	compose.is_store(r.properties)

	# network_mode (host, none, service:x) is judged elsewhere or has no network of its own.
	r.properties.network_mode == null
	nets := r.properties.networks
	is_array(nets)
	open := [n.name | some n in nets; n.internal != true]
	not all_internal(nets, open)
	msg := concat("", ["Data store '", r.name, "' ", where(open), "."])
}

all_internal(nets, open) if {
	count(nets) > 0
	count(open) == 0
}

where(open) := "is on no internal network" if count(open) == 0

where(open) := concat("", ["is attached to non-internal networks: ", concat(", ", open)]) if count(open) > 0
