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
#   cwe: CWE-441
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
	not guarded(s)
	accounts := sort({a |
		some p in s.principal.aws
		a := aws.account_of(p)
		not own(r, a)
	})
	count(accounts) > 0
	msg := concat("", ["IAM role '", r.name, "' can be assumed from ", noun(accounts), " ", concat(", ", accounts), " without an external id."])
}

# A condition guards only with a value that restricts: MFA must be required (true), an external
# id or organization must be a real value, not "" or "*". Unknown values count as guarding.
guarded(s) if {
	some op, block in s.conditions
	aws.narrowing_operator(op)
	lib.is_unknown(block)
}

guarded(s) if {
	some op, block in s.conditions
	aws.narrowing_operator(op)
	some key, values in block
	guard_keys[key]
	guarding_values(key, values)
}

guarding_values(_, values) if lib.is_unknown(values)

guarding_values(key, values) if {
	some v in values
	guarding(key, v)
}

guarding(_, v) if lib.is_unknown(v)

guarding("aws:multifactorauthpresent", v) if v == true

guarding("aws:multifactorauthpresent", v) if {
	is_string(v)
	lower(v) == "true"
}

guarding(key, v) if {
	key != "aws:multifactorauthpresent"
	is_string(v)
	not v in {"", "*"}
}

# For live roles the ARN tells the role's own account.
own(r, account) if account == aws.own_account(r)

noun(accounts) := "account" if count(accounts) == 1

noun(accounts) := "accounts" if count(accounts) > 1
