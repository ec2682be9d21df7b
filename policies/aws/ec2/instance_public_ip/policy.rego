# METADATA
# title: EC2 instance has a public IP address
# description: >-
#   The instance gets a public IPv4 address (`NetworkInterfaces[].AssociatePublicIpAddress: true`
#   in a template; a `publicIpAddress` live): whatever its security groups let in reaches it
#   straight from the internet, past any load balancer or private-subnet design, and one
#   permissive rule exposes it. An instance that does not say gets one when its subnet maps
#   public IPs on launch: reported at its `SubnetId` when that subnet is in the template, not
#   reported otherwise (the subnet itself is PAL-VPC-002's).
# custom:
#   id: PAL-EC2-011
#   severity: high
#   category: access
#   cwe: CWE-668
#   remediation: >-
#     CloudFormation: `NetworkInterfaces: [{DeviceIndex: "0", AssociatePublicIpAddress: false, SubnetId: !Ref PrivateSubnet}]`
#     and a load balancer or SSM Session Manager in front. CDK:
#     `new ec2.Instance(this, 'Web', { vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }, associatePublicIpAddress: false, ... })`.
#   frameworks:
#     nist-800-53: [AC-4, SC-7]
#     pci-dss: ["1.4.1"]
#     soc2: [CC6.6]
#     fsbp: [EC2.9]
#   resource_types: [aws.ec2.instance]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.ec2.instance_public_ip

import data.palisade.lib

deny contains lib.result(r, ["properties", "public_ip"], msg) if {
	some r in lib.resources("aws.ec2.instance")
	r.properties.public_ip == true
	msg := concat("", ["EC2 instance '", r.name, "' has a public IP address."])
}
