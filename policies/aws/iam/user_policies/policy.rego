# METADATA
# title: IAM user has policies of its own
# description: >-
#   Permissions given to users one by one drift apart and are forgotten when people change
#   roles. Grant them through groups (or, better, roles assumed through IAM Identity Center).
# custom:
#   id: PAL-IAM-006
#   severity: low
#   category: access
#   cwe: none
#   remediation: >-
#     Move the user's `Policies` and `ManagedPolicyArns` to an `AWS::IAM::Group` and list the
#     group in the user's `Groups`.
#   frameworks:
#     cis-aws: ["1.15"]
#     nist-800-53: [AC-2, AC-6]
#     soc2: [CC6.3]
#     fsbp: [IAM.2]
#   resource_types: [aws.iam.user]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.iam.user_policies

import data.palisade.lib

deny contains lib.result(r, ["properties", "policies"], msg) if {
	some r in lib.resources("aws.iam.user")
	is_array(r.properties.policies)
	count(r.properties.policies) > 0
	msg := concat("", ["IAM user '", r.name, "' has policies of its own instead of through a group."])
}

deny contains lib.result(r, ["properties", "managed_policy_arns"], msg) if {
	some r in lib.resources("aws.iam.user")
	r.properties.policies == []
	is_array(r.properties.managed_policy_arns)
	count(r.properties.managed_policy_arns) > 0
	msg := concat("", ["IAM user '", r.name, "' has managed policies attached directly instead of through a group."])
}
