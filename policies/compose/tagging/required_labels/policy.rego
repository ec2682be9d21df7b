# METADATA
# title: Service lacks required labels
# description: >-
#   Labels the organization requires (owner, environment, cost center, data
#   classification...) tell who answers for a service and how its data must be handled;
#   a service without them is hard to triage in an incident or an audit.
# custom:
#   id: PAL-COMPOSE-033
#   severity: low
#   category: tagging
#   cwe: none
#   remediation: Add the missing keys under the service's `labels:` (set which keys are required with --required-tags or the config file).
#   frameworks:
#     nist-800-53: [CM-8]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.tagging.required_labels

import data.palisade.lib
import data.palisade.lib.compose

deny contains lib.result(r, [], msg) if {
	some r in compose.services
	missing := lib.missing_tags(r)
	count(missing) > 0
	msg := concat("", ["Service '", r.name, "' lacks the required labels: ", concat(", ", missing), "."])
}
