# METADATA
# title: Container logs are not rotated
# description: >-
#   Docker's default `json-file` log driver keeps every line the container ever wrote: a
#   chatty or attacked service fills the host's disk, which takes down every service on it.
# custom:
#   id: PAL-COMPOSE-032
#   severity: low
#   category: logging
#   cwe: CWE-400
#   remediation: >-
#     Set `logging: {driver: json-file, options: {max-size: "10m", max-file: "3"}}`, use the
#     `local` driver (rotated by default), or ship logs to a central driver.
#   frameworks:
#     nist-800-53: [AU-4]
#     soc2: [CC7.2]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.logging.log_rotation

import data.palisade.lib
import data.palisade.lib.compose

deny contains lib.result(r, [], msg) if {
	some r in compose.services
	r.properties.logging == null
	msg := concat("", ["Service '", r.name, "' uses the default json-file log driver without rotation."])
}

deny contains lib.result(r, ["properties", "logging"], msg) if {
	some r in compose.services
	log := r.properties.logging
	json_file(log.driver)
	not log.options["max-size"]
	msg := concat("", ["Service '", r.name, "' logs with json-file without max-size."])
}

json_file(driver) if driver == "json-file"

json_file(driver) if driver == null

json_file(driver) if driver == ""
