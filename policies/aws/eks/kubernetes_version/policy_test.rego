package palisade.rules.aws.eks.kubernetes_version_test

import data.palisade.rules.aws.eks.kubernetes_version

cluster(v) := {"id": "c", "type": "aws.eks.cluster", "name": "c", "tags": {}, "properties": {"version": v}}

test_past_standard_support if {
	r := kubernetes_version.deny with input.resources as [cluster("1.28")]
	r == {{"resource": "c", "path": ["properties", "version"], "msg": "EKS cluster 'c' runs Kubernetes 1.28, past the end of EKS standard support (2024-11-26)."}}
}

test_ancient if {
	r := kubernetes_version.deny with input.resources as [cluster("1.21")]
	r == {{"resource": "c", "path": ["properties", "version"], "msg": "EKS cluster 'c' runs Kubernetes 1.21, past the end of EKS standard support (before 2023-10-11)."}}
}

test_supported_default_unknown_odd if {
	count(kubernetes_version.deny) == 0 with input.resources as [cluster("1.35")]
	count(kubernetes_version.deny) == 0 with input.resources as [cluster("1.40")]
	count(kubernetes_version.deny) == 0 with input.resources as [cluster(null)]
	count(kubernetes_version.deny) == 0 with input.resources as [cluster({"$unknown": "Ref"})]
	count(kubernetes_version.deny) == 0 with input.resources as [cluster("latest")]
}
