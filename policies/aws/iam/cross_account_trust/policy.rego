# METADATA
# title: IAM role trusts another account without an external id
# description: >-
#   The trust policy lets a principal of another AWS account assume the role with no
#   `sts:ExternalId`, `aws:PrincipalOrgID` or MFA condition. When that account is a third party
#   acting for several customers, any of its customers can make it assume this role (the
#   confused-deputy problem). In templates the deploying account is not known, so every
#   literal account is treated as another account.
# custom:
#   id: PAL-IAM-005
#   severity: medium
#   category: access
#   remediation: >-
#     Add `Condition: {StringEquals: {sts:ExternalId: <id agreed with the third party>}}`, or an
#     `aws:PrincipalOrgID` condition for accounts of your organization.
#   frameworks:
#     nist-800-53: [AC-3]
#     soc2: [CC6.1]
#   resource_types: [aws.iam.role]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.iam.cross_account_trust

import data.palisade.lib
import data.palisade.lib.aws

guard_keys := {"sts:externalid", "aws:principalorgid", "aws:principalorgpaths", "aws:multifactorauthpresent"}

deny contains lib.result(r, ["properties", "assume_role_policy", "statements", j], msg) if {
	some r in lib.resources("aws.iam.role")
	some j, s in r.properties.assume_role_policy.statements
	s.effect == "Allow"
	s.not_principal == false
	not lib.is_unknown(s.conditions)
	not aws.has_condition_key(s, guard_keys)
	accounts := sort({a |
		some p in s.principal.aws
		a := aws.account_of(p)
		not own(r, a)
	})
	count(accounts) > 0
	msg := concat("", ["IAM role '", r.name, "' can be assumed from ", noun(accounts), " ", concat(", ", accounts), " without an external id."])
}

# For live roles the ARN tells the role's own account.
own(r, account) if account == aws.own_account(r)

noun(accounts) := "account" if count(accounts) == 1

noun(accounts) := "accounts" if count(accounts) > 1
