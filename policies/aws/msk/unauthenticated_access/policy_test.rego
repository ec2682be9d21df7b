package palisade.rules.aws.msk.unauthenticated_access_test

import data.palisade.rules.aws.msk.unauthenticated_access

msk(v) := {"id": "k", "type": "aws.msk.cluster", "name": "k", "tags": {}, "properties": {"unauthenticated_access": v}}

test_open if {
	r := unauthenticated_access.deny with input.resources as [msk(true)]
	r == {{"resource": "k", "path": ["properties", "unauthenticated_access"], "msg": "MSK cluster 'k' lets clients connect without authentication."}}
}

test_authenticated if {
	count(unauthenticated_access.deny) == 0 with input.resources as [msk(false)]
	count(unauthenticated_access.deny) == 0 with input.resources as [msk({"$unknown": "Fn::If"})]
}
