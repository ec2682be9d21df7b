# METADATA
# title: IAM group has inline policies
# description: >-
#   An inline policy lives and dies with its group: it cannot be reused, versioned or rolled
#   back, it does not show in the list of the account's policies, and reviews of managed
#   policies miss it. Give groups customer managed policies instead.
# custom:
#   id: PAL-IAM-016
#   severity: low
#   category: access
#   cwe: none
#   remediation: >-
#     Move the group's `Policies` into an `AWS::IAM::ManagedPolicy` listing the group in
#     `Groups` (or in the group's `ManagedPolicyArns`); in CDK `new iam.ManagedPolicy(this,
#     'P', { statements, groups: [group] })` rather than `group.addToPolicy(...)`.
#   frameworks:
#     nist-800-53: [AC-2, AC-6]
#     soc2: [CC6.3]
#   resource_types: [aws.iam.group]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.iam.group_inline_policies

import data.palisade.lib
import data.palisade.lib.aws

# A policy resource attached to the group is not the group's inline policy.
deny contains lib.result(r, ["properties", "policies", i], msg) if {
	some r in lib.resources("aws.iam.group")
	some i, p in r.properties.policies
	not aws.folded(r, p)
	msg := concat("", ["IAM group '", r.name, "' has an inline policy '", name(p), "'."])
}

name(p) := p.name if is_string(p.name)

name(p) := "(unnamed)" if not is_string(p.name)
