package palisade.rules.aws.eks.control_plane_logging_test

import data.palisade.rules.aws.eks.control_plane_logging

cluster(types) := {"id": "c", "type": "aws.eks.cluster", "name": "c", "tags": {}, "properties": {"log_types": types}}

test_none if {
	r := control_plane_logging.deny with input.resources as [cluster([])]
	r == {{"resource": "c", "path": ["properties", "log_types"], "msg": "EKS cluster 'c' does not log api or audit control-plane events."}}
}

test_api_only if {
	r := control_plane_logging.deny with input.resources as [cluster(["api", "scheduler"])]
	r == {{"resource": "c", "path": ["properties", "log_types"], "msg": "EKS cluster 'c' does not log audit control-plane events."}}
}

test_both_or_unknown if {
	count(control_plane_logging.deny) == 0 with input.resources as [cluster(["api", "audit"])]
	count(control_plane_logging.deny) == 0 with input.resources as [cluster(["api", {"$unknown": "Fn::If"}])]
	count(control_plane_logging.deny) == 0 with input.resources as [cluster({"$unknown": "Ref"})]
}
