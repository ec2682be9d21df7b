package palisade.rules.aws.secretsmanager.rotation_test

import data.palisade.rules.aws.secretsmanager.rotation

secret(v) := {"id": "s", "type": "aws.secretsmanager.secret", "name": "s", "tags": {}, "properties": {"rotation": v}}

test_not_rotated if {
	r := rotation.deny with input.resources as [secret(false)]
	r == {{"resource": "s", "path": ["properties", "rotation"], "msg": "Secrets Manager secret 's' is not rotated automatically."}}
}

test_rotated_or_unknown if {
	count(rotation.deny) == 0 with input.resources as [secret(true)]
	count(rotation.deny) == 0 with input.resources as [secret({"$unknown": "applies only under a condition"})]
}
