# METADATA
# title: Service has no restart policy
# description: >-
#   Without `restart:` (or `deploy.restart_policy`), a service that crashes, or every service
#   after the Docker daemon or the host restarts, stays down until someone notices.
# custom:
#   id: PAL-COMPOSE-026
#   severity: low
#   category: reliability
#   cwe: none
#   remediation: >-
#     Set `restart: unless-stopped` (or `on-failure` with a retry limit); for a one-shot job
#     write `restart: "no"` to say so.
#   frameworks:
#     nist-800-53: [CP-10]
#     soc2: [A1.2]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.reliability.no_restart

import data.palisade.lib
import data.palisade.lib.compose

deny contains lib.result(r, [], msg) if {
	some r in compose.services
	r.properties.restart == null
	r.properties.restart_policy == null

	# A job that others wait to complete must not restart.
	not compose.job(r)
	msg := concat("", ["Service '", r.name, "' has no restart policy."])
}
