# METADATA
# title: AdministratorAccess is attached
# description: >-
#   The AWS managed policy `AdministratorAccess` grants every action on every resource. A role,
#   user or group holding it can do anything in the account, including removing every other
#   control.
# custom:
#   id: PAL-IAM-007
#   severity: high
#   category: access
#   cwe: CWE-250
#   remediation: >-
#     Attach job-function or custom policies with the actions needed; keep AdministratorAccess
#     for a break-glass role with MFA and alerting on use.
#   frameworks:
#     cis-aws: ["1.16"]
#     nist-800-53: [AC-6]
#     soc2: [CC6.3]
#   resource_types: [aws.iam.role, aws.iam.user, aws.iam.group]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.iam.administrator_access

import data.palisade.lib
import data.palisade.lib.aws

deny contains lib.result(r, ["properties", "managed_policy_arns", i], msg) if {
	some r in input.resources
	aws.identity_types[r.type]
	some i, arn in r.properties.managed_policy_arns
	is_string(arn)
	endswith(arn, ":iam::aws:policy/AdministratorAccess")
	msg := concat("", [aws.identity_kind(r), " '", r.name, "' has the AdministratorAccess managed policy attached."])
}
