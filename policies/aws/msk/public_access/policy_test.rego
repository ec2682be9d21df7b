package palisade.rules.aws.msk.public_access_test

import data.palisade.rules.aws.msk.public_access

msk(v) := {"id": "k", "type": "aws.msk.cluster", "name": "k", "tags": {}, "properties": {"public_access": v}}

test_public if {
	r := public_access.deny with input.resources as [msk("SERVICE_PROVIDED_EIPS")]
	r == {{"resource": "k", "path": ["properties", "public_access"], "msg": "MSK cluster 'k' gives its brokers public IP addresses."}}
}

test_private if {
	count(public_access.deny) == 0 with input.resources as [msk("DISABLED")]
	count(public_access.deny) == 0 with input.resources as [msk({"$unknown": "Ref"})]
}
