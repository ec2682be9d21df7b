# METADATA
# title: IAM policy allows every action on every resource
# description: >-
#   A statement with `Action: "*"` and `Resource: "*"` grants full administrator rights: whoever
#   holds it (or compromises it) controls the account, including IAM itself. An Allow with
#   `NotAction` on `*` (every action except the few it lists) is as broad, and is reported too.
# custom:
#   id: PAL-IAM-001
#   severity: critical
#   category: access
#   cwe: CWE-250
#   remediation: >-
#     List the actions and resources the workload needs (IAM Access Analyzer can generate a
#     policy from CloudTrail activity); keep administrator access for break-glass roles only.
#   frameworks:
#     cis-aws: ["1.16"]
#     nist-800-53: [AC-6]
#     pci-dss: ["7.2.2"]
#     soc2: [CC6.3]
#     fsbp: [IAM.1]
#   resource_types: [aws.iam.role, aws.iam.user, aws.iam.group, aws.iam.policy]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.iam.admin_statement

import data.palisade.lib
import data.palisade.lib.aws

deny contains lib.result(x.resource, array.concat(x.path, ["actions"]), msg) if {
	some x in aws.identity_statements
	s := x.statement
	s.effect == "Allow"
	"*" in s.resources
	some a in s.actions
	every_action[a]
	msg := concat("", [aws.identity_kind(x.resource), " '", x.resource.name, "' has a policy statement that allows every action on every resource."])
}

# Allow + NotAction on every resource: everything but the listed actions, IAM included unless
# all of it is excluded.
deny contains lib.result(x.resource, array.concat(x.path, ["not_actions"]), msg) if {
	some x in aws.identity_statements
	s := x.statement
	s.effect == "Allow"
	count(s.not_actions) > 0
	every a in s.not_actions {
		is_string(a)
		not iam_included[a]
	}
	"*" in s.resources
	msg := concat("", [aws.identity_kind(x.resource), " '", x.resource.name, "' has a policy statement that allows every action except ", concat(", ", sort([a | some a in s.not_actions])), " on every resource."])
}

# Set literals are constants here: written in a rule body, the engine builds them anew at every
# step of the loop around them.
every_action := {"*", "*:*"}

iam_included := {"*", "*:*", "iam:*"}
