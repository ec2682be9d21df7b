# METADATA
# title: IAM policy allows privilege escalation on every resource
# description: >-
#   Actions such as `iam:CreatePolicyVersion`, `iam:AttachRolePolicy`, `iam:PutUserPolicy`,
#   `iam:CreateAccessKey` or `iam:UpdateAssumeRolePolicy` on `*` let the holder give itself,
#   or any identity it can act as, more rights than it was granted, up to administrator. Each
#   is a known path to full control of the account. `*`, `iam:*` and `iam:PassRole` are
#   reported by PAL-IAM-001, PAL-IAM-002 and PAL-IAM-003.
# custom:
#   id: PAL-IAM-014
#   severity: high
#   category: access
#   cwe: CWE-269
#   remediation: >-
#     Grant these actions only on the ARNs they must manage (a `Resource` naming the users,
#     roles or policies) and to administrators' roles, with a permissions boundary on the
#     identities they create; in CDK `new iam.PolicyStatement({ actions: [...], resources:
#     [role.roleArn] })` instead of `resources: ['*']`.
#   frameworks:
#     nist-800-53: [AC-6, AC-6(1)]
#     pci-dss: ["7.2.1"]
#     soc2: [CC6.3]
#   resource_types: [aws.iam.role, aws.iam.user, aws.iam.group, aws.iam.policy]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.iam.privilege_escalation

import data.palisade.lib
import data.palisade.lib.aws

# Actions that change who may do what: with them on every resource, an identity grants
# itself (or a role it can use) any right.
escalation_actions := {
	"iam:addusertogroup",
	"iam:attachgrouppolicy",
	"iam:attachrolepolicy",
	"iam:attachuserpolicy",
	"iam:createaccesskey",
	"iam:createloginprofile",
	"iam:createpolicyversion",
	"iam:deleterolepermissionsboundary",
	"iam:deleteuserpermissionsboundary",
	"iam:putgrouppolicy",
	"iam:putrolepermissionsboundary",
	"iam:putrolepolicy",
	"iam:putuserpermissionsboundary",
	"iam:putuserpolicy",
	"iam:setdefaultpolicyversion",
	"iam:updateassumerolepolicy",
	"iam:updateloginprofile",
}

deny contains lib.result(x.resource, array.concat(x.path, ["actions"]), msg) if {
	some x in aws.identity_statements
	"*" in x.statement.resources
	granted := {t |
		some a in aws.allowed_actions(x.statement)
		not reported_elsewhere[a]
		some t in aws.matched_by(a, escalation_actions)
	}
	count(granted) > 0
	msg := concat("", [
		aws.identity_kind(x.resource), " '", x.resource.name,
		"' allows actions that escalate privileges on every resource: ", concat(", ", sort(granted)), ".",
	])
}

# `*` and `iam:*` are PAL-IAM-001's and PAL-IAM-002's. Set literals are constants here: written in a rule body, the engine builds them anew at every
# step of the loop around them.
reported_elsewhere := {"*", "iam:*"}
