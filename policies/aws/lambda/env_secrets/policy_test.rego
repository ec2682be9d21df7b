package palisade.rules.aws.lambda.env_secrets_test

import data.palisade.rules.aws.lambda.env_secrets

fn(env) := {"id": "f", "type": "aws.lambda.function", "name": "f", "properties": {"environment": env}, "tags": {}}

var(value, secret_name, secret_value) := {"value": value, "secret_name": secret_name, "secret_value": secret_value}

test_secret_name if {
	r := env_secrets.deny with input.resources as [fn({"DB_PASSWORD": var("***REDACTED***", true, null), "TABLE": var("orders", false, null)})]
	r == {{"resource": "f", "path": ["properties", "environment", "DB_PASSWORD"], "msg": "Lambda function 'f' has a plain-text secret in environment variable 'DB_PASSWORD'."}}
}

test_secret_value if {
	count(env_secrets.deny) == 1 with input.resources as [fn({"UPSTREAM": var("***REDACTED***", false, "url-credentials")})]
}

test_references_are_not_literals if {
	count(env_secrets.deny) == 0 with input.resources as [fn({"DB_PASSWORD": var({"$unknown": "Ref"}, true, null)})]
	count(env_secrets.deny) == 0 with input.resources as [fn({"DB_PASSWORD": var("{{resolve:secretsmanager:db:SecretString:password}}", true, null)})]
	count(env_secrets.deny) == 0 with input.resources as [fn({"DB_PASSWORD": var(null, true, null)})]
}

test_empty_value_is_no_secret if {
	count(env_secrets.deny) == 0 with input.resources as [fn({"DB_PASSWORD": var("", true, null)})]
}

test_message_never_holds_the_value if {
	findings := env_secrets.deny with input.resources as [fn({"API_KEY": var("***REDACTED***", true, "token")})]
	count(findings) == 1
	every f in findings {
		not contains(f.msg, "REDACTED")
	}
}
