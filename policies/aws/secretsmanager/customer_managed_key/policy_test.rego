package palisade.rules.aws.secretsmanager.customer_managed_key_test

import data.palisade.rules.aws.secretsmanager.customer_managed_key

secret(v) := {"id": "s", "type": "aws.secretsmanager.secret", "name": "s", "tags": {}, "properties": {"customer_managed_key": v}}

test_aws_managed if {
	r := customer_managed_key.deny with input.resources as [secret(false)]
	r == {{"resource": "s", "path": ["properties", "customer_managed_key"], "msg": "Secrets Manager secret 's' is encrypted with the AWS managed key, not a customer managed key."}}
}

test_customer_or_unknown if {
	count(customer_managed_key.deny) == 0 with input.resources as [secret(true)]
	count(customer_managed_key.deny) == 0 with input.resources as [secret({"$unknown": "Ref"})]
}
