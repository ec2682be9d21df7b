package palisade.rules.aws.ecs.env_secrets_test

import data.palisade.rules.aws.ecs.env_secrets

task(env) := {"id": "t", "type": "aws.ecs.task_definition", "name": "t", "tags": {}, "properties": {"containers": [{"name": "app", "environment": env}]}}

var(value, secret_name, secret_value) := {"value": value, "secret_name": secret_name, "secret_value": secret_value}

test_secret_name if {
	r := env_secrets.deny with input.resources as [task({"DB_PASSWORD": var("***REDACTED***", true, null), "STAGE": var("prod", false, null)})]
	r == {{"resource": "t", "path": ["properties", "containers", 0, "environment", "DB_PASSWORD"], "msg": "Container 'app' of task definition 't' has a plain-text secret in environment variable 'DB_PASSWORD'."}}
}

test_secret_value if {
	count(env_secrets.deny) == 1 with input.resources as [task({"UPSTREAM": var("***REDACTED***", false, "aws-access-key-id")})]
}

test_references_and_empty if {
	count(env_secrets.deny) == 0 with input.resources as [task({"DB_PASSWORD": var({"$unknown": "Ref"}, true, null)})]
	count(env_secrets.deny) == 0 with input.resources as [task({"DB_PASSWORD": var("", true, null)})]
	count(env_secrets.deny) == 0 with input.resources as [task({"DB_PASSWORD": var("{{resolve:ssm:/db/password}}", true, null)})]
}
