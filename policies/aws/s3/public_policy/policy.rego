# METADATA
# title: S3 bucket policy allows public access
# description: >-
#   A bucket policy statement allows everyone (`Principal: "*"`, or `NotPrincipal`) without a
#   condition that narrows the caller to known accounts, organizations, networks or source
#   resources (aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID, aws:SourceVpce,
#   aws:SourceIp...). Not reported when a Deny in the same policy refuses everyone outside such a
#   boundary, or when the public access block sets `RestrictPublicBuckets`.
# custom:
#   id: PAL-S3-005
#   severity: critical
#   category: access
#   cwe: CWE-732
#   remediation: >-
#     Name the principals that need access, or add a condition such as `aws:SourceArn` (for a
#     CloudFront distribution) or `aws:PrincipalOrgID`; enable `RestrictPublicBuckets`.
#   frameworks:
#     nist-800-53: [AC-3, AC-6]
#     soc2: [CC6.1]
#     hipaa: ["164.312(a)(1)"]
#     fsbp: [S3.2, S3.3]
#   resource_types: [aws.s3.bucket]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.s3.public_policy

import data.palisade.lib
import data.palisade.lib.aws

deny contains lib.result(r, ["properties", "policy", "statements", j, "principal"], msg) if {
	some r in lib.resources("aws.s3.bucket")
	not r.properties.public_access_block.restrict_public_buckets == true
	some j in aws.public_statements(r.properties.policy)
	msg := concat("", ["S3 bucket '", r.name, "' has a policy statement that allows public access."])
}
