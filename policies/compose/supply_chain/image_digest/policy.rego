# METADATA
# title: Image is not pinned by digest
# description: >-
#   A tag can be moved to another image at any time (by the publisher or by whoever
#   compromised the registry account); only a digest names exactly the image that was reviewed.
# custom:
#   id: PAL-COMPOSE-031
#   severity: low
#   category: supply-chain
#   cwe: CWE-494
#   remediation: >-
#     Append the digest to the tag, `postgres:16.4@sha256:...`, and let a bot (Renovate,
#     Dependabot) update both.
#   frameworks:
#     nist-800-53: [CM-14, SI-7]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.supply_chain.image_digest

import data.palisade.lib
import data.palisade.lib.compose

# Untagged and :latest images are reported by PAL-COMPOSE-002 instead.
deny contains lib.result(r, ["properties", "image"], msg) if {
	some r in compose.services
	p := r.properties
	is_string(p.image)
	p.image_digest == null
	is_string(p.image_tag)
	p.image_tag != "latest"
	msg := concat("", ["Service '", r.name, "' uses image '", p.image, "' without a digest."])
}
