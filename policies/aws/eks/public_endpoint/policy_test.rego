package palisade.rules.aws.eks.public_endpoint_test

import data.palisade.rules.aws.eks.public_endpoint

cluster(public, cidrs) := {"id": "c", "type": "aws.eks.cluster", "name": "c", "tags": {}, "properties": {"endpoint_public_access": public, "public_access_cidrs": cidrs}}

test_public_to_world if {
	r := public_endpoint.deny with input.resources as [cluster(true, ["0.0.0.0/0"])]
	r == {{"resource": "c", "path": ["properties", "endpoint_public_access"], "msg": "EKS cluster 'c' has a public API endpoint open to 0.0.0.0/0."}}
}

test_private_restricted_or_unknown if {
	count(public_endpoint.deny) == 0 with input.resources as [cluster(false, ["0.0.0.0/0"])]
	count(public_endpoint.deny) == 0 with input.resources as [cluster(true, ["203.0.113.0/24"])]
	count(public_endpoint.deny) == 0 with input.resources as [cluster({"$unknown": "Ref"}, ["0.0.0.0/0"])]
	count(public_endpoint.deny) == 0 with input.resources as [cluster(true, [{"$unknown": "Ref"}])]
}
