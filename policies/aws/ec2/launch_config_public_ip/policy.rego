# METADATA
# title: Launch configuration gives instances public IP addresses
# description: >-
#   With `AssociatePublicIpAddress: true` every instance the Auto Scaling group launches gets a
#   public address, whatever its subnet says: whatever its security groups let in reaches it
#   straight from the internet, past any load balancer or private subnet design.
# custom:
#   id: PAL-EC2-009
#   severity: high
#   category: access
#   cwe: CWE-668
#   remediation: >-
#     Remove `AssociatePublicIpAddress` (or set it to false), launch into private subnets and put a
#     load balancer in front; in CDK `associatePublicIpAddress: false` with
#     `vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }`.
#   frameworks:
#     nist-800-53: [AC-4, SC-7]
#     soc2: [CC6.6]
#     pci-dss: ["1.4.1"]
#     fsbp: [AutoScaling.5]
#   resource_types: [aws.autoscaling.launch_configuration]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.ec2.launch_config_public_ip

import data.palisade.lib

deny contains lib.result(r, ["properties", "associate_public_ip"], msg) if {
	some r in lib.resources("aws.autoscaling.launch_configuration")
	r.properties.associate_public_ip == true
	msg := concat("", ["Launch configuration '", r.name, "' gives its instances public IP addresses."])
}
