package palisade.rules.compose.secrets.key_in_env_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.secrets.key_in_env as rule

test_keys_are_reported_whatever_the_name if {
	r := fx.service("agent", {"environment": {
		"AWS_ACCESS_KEY_ID": fx.env({"value": "***REDACTED***", "secret_value": "aws-access-key-id"}),
		"AWS_SECRET_ACCESS_KEY": fx.env({"value": "***REDACTED***", "secret_name": true, "secret_value": "aws-secret-access-key"}),
		"TLS_PEM": fx.env({"value": "***REDACTED***", "secret_value": "private-key"}),
		"GITHUB_TOKEN": fx.env({"value": "***REDACTED***", "secret_name": true, "secret_value": "token"}),
	}})
	fx.hits(rule.deny) == {["agent", ["properties", "environment", n]] | some n in ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "TLS_PEM"]} with input.resources as [r]
}

test_message_never_holds_the_value if {
	r := fx.service("agent", {"environment": {"TLS_PEM": fx.env({"value": "***REDACTED***", "secret_value": "private-key"})}})
	{d.msg | some d in rule.deny} == {"Service 'agent' has a private key in plain text in TLS_PEM."} with input.resources as [r]
}

test_interpolated_keys_pass if {
	r := fx.service("agent", {"environment": {"AWS_ACCESS_KEY_ID": fx.env({"value": "***REDACTED***", "secret_value": "aws-access-key-id", "interpolated": true})}})
	count(rule.deny) == 0 with input.resources as [r]
}
