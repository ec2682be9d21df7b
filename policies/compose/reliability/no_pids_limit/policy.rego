# METADATA
# title: Long-running service has no process limit
# description: >-
#   Without a PID limit one service can fork until the host's process table is full (a fork
#   bomb, or a runaway worker pool), and then nothing on the host can start a process. One-shot
#   jobs (restart "no", or awaited with service_completed_successfully) are left out; -1 and 0
#   mean no limit.
# custom:
#   id: PAL-COMPOSE-037
#   severity: low
#   category: reliability
#   cwe: CWE-770
#   remediation: >-
#     Set `deploy.resources.limits.pids` (or `pids_limit`) to a few times the processes the
#     service runs at peak, for example 200 for a web server.
#   frameworks:
#     nist-800-53: [SC-6]
#     cis-docker: ["5.29"]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.reliability.no_pids_limit

import data.palisade.lib
import data.palisade.lib.compose

deny contains lib.result(r, [], msg) if {
	some r in compose.services
	r.properties.limits.pids == null
	not compose.job(r)
	msg := concat("", ["Service '", r.name, "' has no process (pids) limit."])
}

deny contains lib.result(r, ["properties", "limits", "pids"], msg) if {
	some r in compose.services
	unlimited(r.properties.limits.pids)
	not compose.job(r)
	msg := concat("", ["Service '", r.name, "' sets its pids limit to ", r.properties.limits.pids, ", which means no limit."])
}

unlimited(pids) if {
	is_string(pids)
	trim_space(pids) in {"-1", "0"}
}
