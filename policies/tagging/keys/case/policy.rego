# METADATA
# title: Tag keys differ only by case
# description: >-
#   AWS tag keys and Compose labels are case-sensitive: `Owner` is not `owner`. A key that
#   differs from the configured one only by case is missed by every cost report, policy
#   condition (`aws:ResourceTag/owner`) and automation that asks for the configured spelling,
#   and two keys on one resource that differ only by case hold two answers to one question.
# custom:
#   id: PAL-TAG-005
#   severity: low
#   category: tagging
#   cwe: none
#   remediation: >-
#     Spell the key as the configuration does, and keep one spelling per resource (`Tags.of()` in
#     CDK adds the key as written to every resource below the scope).
#   frameworks:
#     nist-800-53: [CM-8]
#   resource_types: [aws.*, compose.service]
#   sources: [compose, cloudformation, cdk, aws]
package palisade.rules.tagging.keys.case

import data.palisade.lib
import data.palisade.lib.tags

deny contains lib.result(r, ["tags", k], msg) if {
	some r in tags.resources
	some k, _ in r.tags
	some c in tags.configured_by_lower[lower(k)]
	k != c
	msg := concat("", [r.name, ": the key '", k, "' differs only by case from the configured '", c, "'."])
}

# Two spellings on one resource, neither of them a configured key: the later one is reported.
deny contains lib.result(r, ["tags", k], msg) if {
	some r in tags.resources
	spellings_collide(r.tags)
	some k, _ in r.tags
	some j, _ in r.tags
	j < k
	lower(j) == lower(k)
	not configured_spelling(k)
	msg := concat("", [r.name, ": the keys '", j, "' and '", k, "' differ only by case."])
}

configured_spelling(k) if tags.configured_by_lower[lower(k)]

# Two keys of the tags are one in lower case: a cheap test before comparing every pair.
spellings_collide(t) if count({lower(k) | some k, _ in t}) < count(t)
