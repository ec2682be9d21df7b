# METADATA
# title: Launch template gives instances public IP addresses
# description: >-
#   A network interface of the template's `LaunchTemplateData.NetworkInterfaces` sets
#   `AssociatePublicIpAddress: true`: every instance launched from it (by hand, an Auto Scaling
#   group, an EKS node group) gets a public address whatever its subnet says, and is reachable
#   from the internet as far as its security groups allow.
# custom:
#   id: PAL-EC2-015
#   severity: high
#   category: access
#   cwe: CWE-668
#   remediation: >-
#     CloudFormation: `NetworkInterfaces: [{DeviceIndex: 0, AssociatePublicIpAddress: false, Groups: [...]}]`
#     (or leave it out) and launch into private subnets behind a load balancer. CDK:
#     `new ec2.LaunchTemplate(this, 'Lt', { associatePublicIpAddress: false, ... })`.
#   frameworks:
#     nist-800-53: [AC-4, SC-7]
#     pci-dss: ["1.4.1"]
#     soc2: [CC6.6]
#     fsbp: [EC2.25]
#   resource_types: [aws.ec2.launch_template]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.ec2.launch_template_public_ip

import data.palisade.lib

deny contains lib.result(r, ["properties", "associate_public_ip"], msg) if {
	some r in lib.resources("aws.ec2.launch_template")
	object.get(r.properties, "associate_public_ip", null) == true
	msg := concat("", ["Launch template '", r.name, "' gives its instances public IP addresses."])
}
