# METADATA
# title: IAM role can be assumed by anyone
# description: >-
#   The role's trust policy allows `Principal: "*"` (or `{AWS: "*"}`) without a condition that
#   narrows the caller to known accounts or an organization: any AWS account can assume the
#   role. An `sts:ExternalId` condition alone does not narrow it: the id is not a secret.
# custom:
#   id: PAL-IAM-004
#   severity: critical
#   category: access
#   cwe: CWE-732
#   remediation: >-
#     Name the trusted accounts, roles or services in `Principal`, or add an
#     `aws:PrincipalOrgID` (or `aws:PrincipalAccount`) condition.
#   frameworks:
#     nist-800-53: [AC-3, AC-6]
#     soc2: [CC6.1]
#   resource_types: [aws.iam.role]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.iam.public_trust

import data.palisade.lib
import data.palisade.lib.aws

deny contains lib.result(r, ["properties", "assume_role_policy", "statements", j, "principal"], msg) if {
	some r in lib.resources("aws.iam.role")
	some j in aws.public_statements(r.properties.assume_role_policy)
	msg := concat("", ["IAM role '", r.name, "' can be assumed by any AWS account."])
}
