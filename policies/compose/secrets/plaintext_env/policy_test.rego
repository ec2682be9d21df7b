package palisade.rules.compose.secrets.plaintext_env_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.secrets.plaintext_env as rule

test_written_secrets_are_reported if {
	r := fx.service("db", {"environment": {
		"POSTGRES_USER": fx.env({"value": "app"}),
		"POSTGRES_PASSWORD": fx.env({"value": "***REDACTED***", "secret_name": true}),
	}})
	rule.deny == {{
		"resource": r.id,
		"path": ["properties", "environment", "POSTGRES_PASSWORD"],
		"msg": "Service 'db' sets the secret POSTGRES_PASSWORD in plain text.",
	}} with input.resources as [r]
}

test_env_file_entries_say_where_they_come_from if {
	r := fx.service("db", {"environment": {"DB_PASSWORD": fx.env({"value": "***REDACTED***", "secret_name": true, "env_file": "secrets.env"})}})
	{d.msg | some d in rule.deny} == {"Service 'db' sets the secret DB_PASSWORD in plain text in env_file secrets.env."} with input.resources as [r]
}

test_files_interpolation_empty_and_key_values_pass if {
	r := fx.service("db", {"environment": {
		"POSTGRES_PASSWORD_FILE": fx.env({"value": "/run/secrets/db", "secret_name": true, "file_reference": true}),
		"API_TOKEN": fx.env({"value": "***REDACTED***", "secret_name": true, "interpolated": true}),
		"SESSION_SECRET": fx.env({"value": null, "secret_name": true, "empty": true}),
		"AWS_SECRET_ACCESS_KEY": fx.env({"value": "***REDACTED***", "secret_name": true, "secret_value": "aws-secret-access-key"}),
	}})
	count(rule.deny) == 0 with input.resources as [r]
}
