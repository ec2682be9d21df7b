package palisade.rules.aws.ssm.plaintext_secret_test

import data.palisade.rules.aws.ssm.plaintext_secret

param(value, name, kind) := {"id": "p", "type": "aws.ssm.parameter", "name": "p", "tags": {}, "properties": {"name": "/app/x", "parameter_type": "String", "value": {"value": value, "secret_name": name, "secret_value": kind}}}

test_secret if {
	r := plaintext_secret.deny with input.resources as [param("[redacted]", true, null)]
	r == {{"resource": "p", "path": ["properties", "value"], "msg": "SSM parameter 'p' holds a secret in plain text."}}
	count(plaintext_secret.deny) == 1 with input.resources as [param("[redacted]", false, "aws-access-key-id")]
}

test_not_reported if {
	count(plaintext_secret.deny) == 0 with input.resources as [param("eu-west-1", false, null)]
	count(plaintext_secret.deny) == 0 with input.resources as [param("ref:Db.Endpoint.Address", true, null)]
	count(plaintext_secret.deny) == 0 with input.resources as [param({"$unknown": "Ref"}, true, null)]
	count(plaintext_secret.deny) == 0 with input.resources as [param("", true, null)]
}
