package palisade.rules.aws.iam.federated_trust_test

import data.palisade.rules.aws.iam.federated_trust

trust(federated, conditions) := {
	"sid": null, "effect": "Allow", "not_principal": false,
	"principal": {"any": false, "aws": [], "service": [], "federated": federated},
	"actions": ["sts:assumerolewithwebidentity"], "not_actions": [], "resources": [], "not_resources": [], "conditions": conditions,
}

role(s) := {"id": "R", "type": "aws.iam.role", "name": "r", "tags": {}, "properties": {"assume_role_policy": {"statements": [s]}}}

gh := "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"

aud := {"token.actions.githubusercontent.com:aud": ["sts.amazonaws.com"]}

test_github_without_sub if {
	r := federated_trust.deny with input.resources as [role(trust([gh], {"StringEquals": aud}))]
	r == {{"resource": "R", "path": ["properties", "assume_role_policy", "statements", 0], "msg": "IAM role 'r' trusts GitHub Actions OIDC tokens without a condition on the repository (sub): a workflow of any GitHub repository can assume it."}}
}

test_github_wildcard_sub if {
	count(federated_trust.deny) == 1 with input.resources as [role(trust([gh], {"StringLike": {"token.actions.githubusercontent.com:sub": ["repo:*"]}}))]
	count(federated_trust.deny) == 1 with input.resources as [role(trust([gh], {"StringNotEquals": {"token.actions.githubusercontent.com:sub": ["repo:acme/app:ref:refs/heads/main"]}}))]
}

test_github_by_condition_key_only if {
	count(federated_trust.deny) == 1 with input.resources as [role(trust([{"$unknown": "Ref"}], {"StringEquals": aud}))]
}

test_github_with_sub if {
	count(federated_trust.deny) == 0 with input.resources as [role(trust([gh], {"StringLike": {"token.actions.githubusercontent.com:sub": ["repo:acme/*"]}}))]
	count(federated_trust.deny) == 0 with input.resources as [role(trust([gh], {"StringEquals": {"token.actions.githubusercontent.com:sub": [{"$unknown": "Ref"}]}}))]
}

test_cognito if {
	count(federated_trust.deny) == 1 with input.resources as [role(trust(["cognito-identity.amazonaws.com"], {}))]
	count(federated_trust.deny) == 0 with input.resources as [role(trust(["cognito-identity.amazonaws.com"], {"StringEquals": {"cognito-identity.amazonaws.com:aud": ["us-east-1:12345678-aaaa-bbbb-cccc-123456789012"]}}))]
}
