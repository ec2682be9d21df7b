package palisade.rules.aws.neptune.iam_auth_test

import data.palisade.rules.aws.neptune.iam_auth

db(v) := {"id": "n", "type": "aws.neptune.cluster", "name": "n", "tags": {}, "properties": {"iam_authentication": v}}

test_off if {
	r := iam_auth.deny with input.resources as [db(false)]
	r == {{"resource": "n", "path": ["properties", "iam_authentication"], "msg": "Neptune cluster 'n' does not require IAM authentication."}}
}

test_on_or_unknown if {
	count(iam_auth.deny) == 0 with input.resources as [db(true)]
	count(iam_auth.deny) == 0 with input.resources as [db({"$unknown": "Ref"})]
}
