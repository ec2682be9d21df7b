package palisade.rules.aws.secretsmanager.literal_secret_string_test

import data.palisade.rules.aws.secretsmanager.literal_secret_string

secret(v) := {"id": "s", "type": "aws.secretsmanager.secret", "name": "s", "tags": {}, "properties": {"secret_string": v}}

test_literal if {
	r := literal_secret_string.deny with input.resources as [secret({"literal": true, "managed": false})]
	r == {{"resource": "s", "path": ["properties", "secret_string"], "msg": "Secrets Manager secret 's' has its value written in the template."}}
}

test_not_reported if {
	count(literal_secret_string.deny) == 0 with input.resources as [secret(null)]
	count(literal_secret_string.deny) == 0 with input.resources as [secret({"literal": false, "managed": true})]
	count(literal_secret_string.deny) == 0 with input.resources as [object.union(secret(null), {"properties": {"secret_string": {"literal": {"$unknown": "parts"}, "managed": {"$unknown": "parts"}}}})]
}
