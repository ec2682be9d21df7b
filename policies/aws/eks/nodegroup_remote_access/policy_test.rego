package palisade.rules.aws.eks.nodegroup_remote_access_test

import data.palisade.rules.aws.eks.nodegroup_remote_access

ng(remote) := {"id": "n", "type": "aws.eks.nodegroup", "name": "n", "tags": {}, "properties": {"remote_access": remote}}

test_open if {
	r := nodegroup_remote_access.deny with input.resources as [ng({"ssh_key": true, "source_security_groups": []})]
	r == {{"resource": "n", "path": ["properties", "remote_access", "ssh_key"], "msg": "EKS node group 'n' opens SSH (22) on its nodes to 0.0.0.0/0: RemoteAccess names no SourceSecurityGroups."}}
}

test_restricted_none_unknown if {
	count(nodegroup_remote_access.deny) == 0 with input.resources as [ng({"ssh_key": true, "source_security_groups": ["sg-1"]})]
	count(nodegroup_remote_access.deny) == 0 with input.resources as [ng({"ssh_key": true, "source_security_groups": [{"$unknown": "x"}]})]
	count(nodegroup_remote_access.deny) == 0 with input.resources as [ng(null)]
	count(nodegroup_remote_access.deny) == 0 with input.resources as [ng({"$unknown": "x"})]
	count(nodegroup_remote_access.deny) == 0 with input.resources as [ng({"ssh_key": {"$unknown": "x"}, "source_security_groups": []})]
}
