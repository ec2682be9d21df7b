# METADATA
# title: KMS key policy allows public access
# description: >-
#   A key policy statement allows everyone (`Principal: "*"`, or `NotPrincipal`) without a
#   condition that narrows the caller, such as `kms:CallerAccount` or `aws:PrincipalOrgID`: any
#   AWS account may use or manage the key, as far as the statement's actions go.
# custom:
#   id: PAL-KMS-002
#   severity: critical
#   category: access
#   cwe: CWE-732
#   remediation: >-
#     Name the account root or the roles that need the key as principals, or add a
#     `kms:CallerAccount` / `aws:PrincipalOrgID` condition.
#   frameworks:
#     nist-800-53: [AC-3, AC-6]
#     soc2: [CC6.1]
#     fsbp: [KMS.5]
#   resource_types: [aws.kms.key]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.kms.public_policy

import data.palisade.lib
import data.palisade.lib.aws

deny contains lib.result(r, ["properties", "policy", "statements", j, "principal"], msg) if {
	some r in lib.resources("aws.kms.key")
	some j in aws.public_statements(r.properties.policy)
	msg := concat("", ["KMS key '", r.name, "' has a key policy statement that allows public access."])
}
