# METADATA
# title: IAM policy allows passing any role
# description: >-
#   `iam:PassRole` on every role lets the holder hand any role in the account, administrator
#   roles included, to a service it controls (a Lambda function, an EC2 instance, a pipeline)
#   and act with that role's rights: a classic privilege escalation.
# custom:
#   id: PAL-IAM-003
#   severity: high
#   category: access
#   cwe: CWE-269
#   remediation: >-
#     Limit `iam:PassRole` to the ARNs of the roles the workload must pass, and add an
#     `iam:PassedToService` condition.
#   frameworks:
#     nist-800-53: [AC-6]
#     soc2: [CC6.3]
#   resource_types: [aws.iam.role, aws.iam.user, aws.iam.group, aws.iam.policy]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.iam.pass_role_wildcard

import data.palisade.lib
import data.palisade.lib.aws

# `*` and `iam:*` are reported by PAL-IAM-001 and PAL-IAM-002.
deny contains lib.result(x.resource, array.concat(x.path, ["actions"]), msg) if {
	some x in aws.identity_statements
	some a in aws.allowed_actions(x.statement)
	not reported_elsewhere[a]
	aws.matched_by(a, pass_role)["iam:passrole"]
	some res in x.statement.resources
	any_role(res)
	msg := concat("", [aws.identity_kind(x.resource), " '", x.resource.name, "' allows iam:PassRole on every role."])
}

any_role("*")

any_role(res) if {
	is_string(res)
	endswith(res, ":role/*")
}

# Set literals are constants here: written in a rule body, the engine builds them anew at every
# step of the loop around them.
reported_elsewhere := {"*", "iam:*"}

pass_role := {"iam:passrole"}
