# METADATA
# title: Tag value is not one of the allowed values
# description: >-
#   The configuration (`tags.allowed`) lists the values a tag may take, and the resource's tag
#   (or the Compose service's label) has another: a typo (`prd`, `Prod`) puts the resource
#   outside every cost report, access policy and automation that selects by the tag. Values are
#   compared exactly, as AWS compares them.
# custom:
#   id: PAL-TAG-002
#   severity: low
#   category: tagging
#   cwe: none
#   remediation: >-
#     Set the tag to one of the allowed values (`Tags: [{Key: Environment, Value: prod}]`; in CDK
#     `Tags.of(scope).add('Environment', 'prod')`; a Compose label `Environment: prod`).
#   frameworks:
#     nist-800-53: [CM-8]
#   resource_types: [aws.*, compose.service]
#   sources: [compose, cloudformation, cdk, aws]
package palisade.rules.tagging.values.allowed

import data.palisade.lib
import data.palisade.lib.tags

deny contains lib.result(r, ["tags", k], msg) if {
	some k, values in tags.allowed
	some r in tags.resources
	v := tags.value(r, k)
	v != ""
	not v in values
	what := kind(r)
	msg := concat("", [r.name, " ", what, " ", k, " is '", v, "', not one of: ", concat(", ", values), "."])
}

kind(r) := "label" if r.type == "compose.service"

kind(r) := "tag" if r.type != "compose.service"
