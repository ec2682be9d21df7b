package palisade.rules.aws.eks.private_endpoint_test

import data.palisade.rules.aws.eks.private_endpoint

cluster(v) := {"id": "c", "type": "aws.eks.cluster", "name": "c", "tags": {}, "properties": {"endpoint_private_access": v}}

test_public_only if {
	r := private_endpoint.deny with input.resources as [cluster(false)]
	r == {{"resource": "c", "path": ["properties", "endpoint_private_access"], "msg": "EKS cluster 'c' has no private API endpoint: its nodes reach the API server over the internet."}}
}

test_private_or_unknown if {
	count(private_endpoint.deny) == 0 with input.resources as [cluster(true)]
	count(private_endpoint.deny) == 0 with input.resources as [cluster({"$unknown": "Ref"})]
}
