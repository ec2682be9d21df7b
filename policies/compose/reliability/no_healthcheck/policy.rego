# METADATA
# title: Long-running service has no healthcheck
# description: >-
#   Without a healthcheck, Docker reports a hung or half-started service as running:
#   dependants start too early (`condition: service_healthy` cannot be used) and nothing
#   notices when it stops answering.
# custom:
#   id: PAL-COMPOSE-025
#   severity: low
#   category: reliability
#   cwe: none
#   remediation: >-
#     Add a `healthcheck:` that probes the service itself (`pg_isready`, `redis-cli ping`,
#     `curl -f http://localhost:8080/health`), with interval, timeout and retries.
#   frameworks:
#     nist-800-53: [SI-4]
#     cis-docker: ["5.27"]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.reliability.no_healthcheck

import data.palisade.lib
import data.palisade.lib.compose

# One-shot jobs (restart: "no") are exempt: they are meant to exit.
deny contains lib.result(r, [], msg) if {
	some r in compose.services
	r.properties.healthcheck == null
	not compose.job(r)
	msg := concat("", ["Service '", r.name, "' has no healthcheck."])
}

deny contains lib.result(r, ["properties", "healthcheck"], msg) if {
	some r in compose.services
	disabled(r.properties.healthcheck)
	not compose.job(r)
	msg := concat("", ["Service '", r.name, "' disables its image's healthcheck."])
}

disabled(h) if h.disable == true

disabled(h) if h.test == ["NONE"]
