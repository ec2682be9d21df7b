package palisade.rules.aws.redshift.public_access_test

import data.palisade.rules.aws.redshift.public_access

cluster(v) := {"id": "c", "type": "aws.redshift.cluster", "name": "c", "tags": {}, "properties": {"publicly_accessible": v}}

test_public if {
	r := public_access.deny with input.resources as [cluster(true)]
	r == {{"resource": "c", "path": ["properties", "publicly_accessible"], "msg": "Redshift cluster 'c' is publicly accessible."}}
}

test_private_or_unknown if {
	count(public_access.deny) == 0 with input.resources as [cluster(false)]
	count(public_access.deny) == 0 with input.resources as [cluster({"$unknown": "Ref"})]
}
