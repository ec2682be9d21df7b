package palisade.rules.compose.secrets.token_in_env_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.secrets.token_in_env as rule

test_tokens_and_credential_urls_are_reported if {
	r := fx.service("web", {"environment": {
		"DATABASE_URL": fx.env({"value": "***REDACTED***", "secret_value": "url-credentials"}),
		"SLACK_HOOK": fx.env({"value": "***REDACTED***", "secret_value": "token"}),
		"AWS_ACCESS_KEY_ID": fx.env({"value": "***REDACTED***", "secret_value": "aws-access-key-id"}),
		"LOG_LEVEL": fx.env({"value": "info"}),
	}})
	fx.hits(rule.deny) == {["web", ["properties", "environment", "DATABASE_URL"]], ["web", ["properties", "environment", "SLACK_HOOK"]]} with input.resources as [r]
}

test_interpolated_values_pass if {
	r := fx.service("web", {"environment": {"DATABASE_URL": fx.env({"value": "***REDACTED***", "secret_value": "url-credentials", "interpolated": true})}})
	count(rule.deny) == 0 with input.resources as [r]
}
