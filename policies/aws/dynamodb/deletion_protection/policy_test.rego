package palisade.rules.aws.dynamodb.deletion_protection_test

import data.palisade.rules.aws.dynamodb.deletion_protection

table(v) := {"id": "t", "type": "aws.dynamodb.table", "name": "t", "tags": {}, "properties": {"deletion_protection": v}}

test_off if {
	r := deletion_protection.deny with input.resources as [table(false)]
	r == {{"resource": "t", "path": ["properties", "deletion_protection"], "msg": "DynamoDB table 't' has no deletion protection."}}
}

test_on_or_unknown if {
	count(deletion_protection.deny) == 0 with input.resources as [table(true)]
	count(deletion_protection.deny) == 0 with input.resources as [table({"$unknown": "not in the AWS Config item"})]
}
