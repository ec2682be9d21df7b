# METADATA
# title: IAM policy allows every action on specific resources
# description: >-
#   A statement with `Action: "*"` on named resources grants every action of every service on
#   them: deleting the bucket or table, rewriting its policy, changing its encryption. Scoping
#   the resources does not make an all-actions grant least-privilege.
# custom:
#   id: PAL-IAM-009
#   severity: medium
#   category: access
#   cwe: CWE-250
#   remediation: >-
#     List the actions the workload needs on those resources (for example `s3:GetObject`,
#     `s3:PutObject`); in CDK use the `grant*` methods (`bucket.grantReadWrite(fn)`).
#   frameworks:
#     nist-800-53: [AC-6]
#     pci-dss: ["7.2.2"]
#     soc2: [CC6.3]
#   resource_types: [aws.iam.role, aws.iam.user, aws.iam.group, aws.iam.policy]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.iam.all_actions_scoped

import data.palisade.lib
import data.palisade.lib.aws

# "*" on "*" is PAL-IAM-001's.
deny contains lib.result(x.resource, array.concat(x.path, ["actions"]), msg) if {
	some x in aws.identity_statements
	s := x.statement
	s.effect == "Allow"
	some a in s.actions
	every_action[a]
	count(s.resources) > 0
	not "*" in s.resources
	msg := concat("", [aws.identity_kind(x.resource), " '", x.resource.name, "' has a policy statement that allows every action on the resources it names."])
}

# Set literals are constants here: written in a rule body, the engine builds them anew at every
# step of the loop around them.
every_action := {"*", "*:*"}
