# METADATA
# title: IAM policy allows every action of a service
# description: >-
#   A statement allows `<service>:*` (such as `s3:*` or `iam:*`): besides what the workload
#   uses, that includes destructive and permission-changing actions (deleting buckets, rewriting
#   bucket or key policies, creating access keys).
# custom:
#   id: PAL-IAM-002
#   severity: high
#   category: access
#   cwe: CWE-250
#   remediation: >-
#     List the actions needed (`s3:GetObject`, `s3:PutObject`...) instead of `<service>:*`; CDK
#     `grantRead`/`grantWrite` helpers produce scoped action lists.
#   frameworks:
#     nist-800-53: [AC-6]
#     soc2: [CC6.3]
#     fsbp: [IAM.21]
#   resource_types: [aws.iam.role, aws.iam.user, aws.iam.group, aws.iam.policy]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.iam.service_wildcard

import data.palisade.lib
import data.palisade.lib.aws

deny contains lib.result(x.resource, array.concat(x.path, ["actions"]), msg) if {
	some x in aws.identity_statements
	wildcards := sort([a |
		some a in aws.allowed_actions(x.statement)
		endswith(a, ":*")
		a != "*:*"
	])
	count(wildcards) > 0
	msg := concat("", [aws.identity_kind(x.resource), " '", x.resource.name, "' allows every action of a service: ", concat(", ", wildcards), "."])
}
