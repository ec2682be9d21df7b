# METADATA
# title: Image is untagged or uses the latest tag
# description: >-
#   An image without a tag, or tagged `latest`, changes under you: builds are not
#   reproducible and a compromised upstream image is pulled silently.
# custom:
#   id: PAL-COMPOSE-002
#   severity: medium
#   category: supply-chain
#   cwe: CWE-1357
#   remediation: Pin the image to a version tag (e.g. `postgres:16.4`), ideally with a digest.
#   frameworks:
#     nist-800-53: [CM-2, SI-7]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.supply_chain.image_latest

import data.palisade.lib

deny contains lib.result(r, ["properties", "image"], msg) if {
	some r in lib.resources("compose.service")
	image := r.properties.image
	is_string(image)
	not contains(image, "@")
	floating(image)
	msg := concat("", ["Service '", r.name, "' uses image '", image, "' without a pinned tag."])
}

# The tag is what follows the last ':' after the last '/' (a registry may carry a port).
floating(image) if not contains(last_segment(image), ":")

floating(image) if endswith(last_segment(image), ":latest")

last_segment(image) := s if {
	parts := split(image, "/")
	s := parts[count(parts) - 1]
}
