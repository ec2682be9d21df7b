# METADATA
# title: IAM role trusts a web identity provider without a subject or audience condition
# description: >-
#   A role that trusts GitHub Actions' OIDC provider without a condition on the token's
#   subject (`token.actions.githubusercontent.com:sub`, naming the repository) can be assumed
#   from a workflow in any GitHub repository; one that trusts Cognito identity pools without a
#   condition on the audience (`cognito-identity.amazonaws.com:aud`, naming the pool) can be
#   assumed by an identity of any pool in any account. A wildcard value (`*`, `repo:*`)
#   restricts nothing either.
# custom:
#   id: PAL-IAM-008
#   severity: critical
#   category: access
#   cwe: CWE-863
#   remediation: >-
#     Add a `StringEquals`/`StringLike` condition on the subject (`repo:<owner>/<repo>:*` or a
#     branch or environment of it) for GitHub, or on the audience (the identity pool id) for
#     Cognito, to the trust policy.
#   frameworks:
#     nist-800-53: [AC-3, IA-8]
#     pci-dss: ["7.2.1"]
#     soc2: [CC6.1]
#   resource_types: [aws.iam.role]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.iam.federated_trust

import data.palisade.lib
import data.palisade.lib.aws

# host: the issuer's host, as in the provider ARN and condition keys; key: the claim that must
# be narrowed; claim: how the message names it.
providers := {
	"github": {"host": "token.actions.githubusercontent.com", "key": "token.actions.githubusercontent.com:sub", "name": "GitHub Actions OIDC tokens", "claim": "the repository (sub)", "who": "a workflow of any GitHub repository"},
	"cognito": {"host": "cognito-identity.amazonaws.com", "key": "cognito-identity.amazonaws.com:aud", "name": "Cognito identity pools", "claim": "the identity pool (aud)", "who": "an identity of any pool"},
}

deny contains lib.result(r, ["properties", "assume_role_policy", "statements", j], msg) if {
	some r in lib.resources("aws.iam.role")
	some j, s in r.properties.assume_role_policy.statements
	s.effect == "Allow"
	not lib.is_unknown(s.conditions)
	some p in providers
	trusts(s, p.host)
	not narrowed(s, p)
	msg := concat("", ["IAM role '", r.name, "' trusts ", p.name, " without a condition on ", p.claim, ": ", p.who, " can assume it."])
}

# The statement names the provider: its ARN or host as the federated principal, or a condition
# on one of its claims (when the principal is a reference that cannot be read).
trusts(s, host) if {
	some f in s.principal.federated
	is_string(f)
	contains(lower(f), host)
}

trusts(s, host) if {
	some _, block in s.conditions
	some key, _ in block
	startswith(key, concat("", [host, ":"]))
}

narrowed(s, _) if {
	some op, block in s.conditions
	aws.narrowing_operator(op)
	lib.is_unknown(block)
}

narrowed(s, p) if {
	some op, block in s.conditions
	aws.narrowing_operator(op)
	values := block[p.key]
	narrowing(p.key, values)
}

narrowing(_, values) if lib.is_unknown(values)

narrowing(key, values) if {
	some v in values
	narrow_value(key, v)
}

narrow_value(_, v) if lib.is_unknown(v)

# A subject names an owner at least: repo:<owner>/... (a wildcard repository of one owner is
# the owner's choice).
narrow_value("token.actions.githubusercontent.com:sub", v) if {
	is_string(v)
	regex.match(`^repo:[^*?/:]+/`, v)
}

narrow_value("cognito-identity.amazonaws.com:aud", v) if {
	is_string(v)
	not contains(v, "*")
	v != ""
}
