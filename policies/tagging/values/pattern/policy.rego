# METADATA
# title: Tag value does not match its pattern
# description: >-
#   The configuration (`tags.pattern`) gives a regular expression a tag's value must match (a
#   four-digit cost center, an e-mail owner), and the resource's tag (or the Compose service's
#   label) does not: billing and ownership lookups that rely on the format miss it. Patterns are
#   RE2 expressions, matched anywhere unless anchored with ^ and $.
# custom:
#   id: PAL-TAG-003
#   severity: low
#   category: tagging
#   cwe: none
#   remediation: Correct the tag's value to the pattern the configuration gives for its key.
#   frameworks:
#     nist-800-53: [CM-8]
#   resource_types: [aws.*, compose.service]
#   sources: [compose, cloudformation, cdk, aws]
package palisade.rules.tagging.values.pattern

import data.palisade.lib
import data.palisade.lib.tags

# The configuration's patterns, bounded by its schema (test/engine.test.ts counts them in the
# runtime's regex cache).
deny contains lib.result(r, ["tags", k], msg) if {
	some k, configured_pattern in tags.patterns
	some r in tags.resources
	v := tags.value(r, k)
	v != ""
	not regex.match(configured_pattern, v)
	msg := concat("", [r.name, ": ", k, " is '", v, "', which does not match ", configured_pattern, "."])
}
