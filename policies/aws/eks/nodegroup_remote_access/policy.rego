# METADATA
# title: EKS node group opens SSH to the internet
# description: >-
#   A managed node group with `RemoteAccess.Ec2SshKey` and no `SourceSecurityGroups` gets a
#   security group from EKS that opens port 22 of every node to 0.0.0.0/0: anyone can try the
#   key, and the nodes hold the kubelet's and the node role's credentials. AWS Config records no
#   node groups, so this rule judges templates only.
# custom:
#   id: PAL-EKS-004
#   severity: high
#   category: access
#   cwe: CWE-668
#   remediation: >-
#     CloudFormation: remove `RemoteAccess` and reach nodes with SSM Session Manager, or set
#     `RemoteAccess: {Ec2SshKey: ops, SourceSecurityGroups: [!Ref BastionGroup]}`. CDK:
#     `cluster.addNodegroupCapacity('Workers', { remoteAccess: { sshKeyName: 'ops', sourceSecurityGroups: [bastionSg] } })`.
#   frameworks:
#     nist-800-53: [AC-4, SC-7]
#     pci-dss: ["1.3.1"]
#     soc2: [CC6.6]
#   resource_types: [aws.eks.nodegroup]
#   sources: [cloudformation, cdk]
package palisade.rules.aws.eks.nodegroup_remote_access

import data.palisade.lib

deny contains lib.result(r, ["properties", "remote_access", "ssh_key"], msg) if {
	some r in lib.resources("aws.eks.nodegroup")
	remote := r.properties.remote_access
	remote.ssh_key == true
	count(remote.source_security_groups) == 0
	msg := concat("", ["EKS node group '", r.name, "' opens SSH (22) on its nodes to 0.0.0.0/0: RemoteAccess names no SourceSecurityGroups."])
}
