# METADATA
# title: Tag the configuration names has an empty value
# description: >-
#   A tag (or Compose label) that the configuration requires, restricts or classifies by is
#   there with an empty value: it satisfies a check for the key while telling nobody who owns
#   the resource, what environment it is in or how sensitive its data is.
# custom:
#   id: PAL-TAG-004
#   severity: low
#   category: tagging
#   cwe: none
#   remediation: Give the tag its value, or remove it and let the required-tag rule name it.
#   frameworks:
#     nist-800-53: [CM-8]
#   resource_types: [aws.*, compose.service]
#   sources: [compose, cloudformation, cdk, aws]
package palisade.rules.tagging.values.empty

import data.palisade.lib
import data.palisade.lib.tags

deny contains lib.result(r, ["tags", k], msg) if {
	some r in tags.resources
	some k in tags.configured_keys
	v := tags.value(r, k)
	trim_space(v) == ""
	msg := concat("", [r.name, ": ", k, " is empty."])
}
