# METADATA
# title: Subnet gives instances public IP addresses on launch
# description: >-
#   With `MapPublicIpOnLaunch: true` every instance, container task and endpoint network
#   interface launched into the subnet without saying otherwise gets a public IPv4 address, and
#   is reachable from the internet as far as its security groups allow. Keep workloads in
#   subnets that assign no public addresses and expose them through load balancers. VPC
#   default subnets map public IPs: live they are reported too, and the message says which they are.
# custom:
#   id: PAL-VPC-002
#   severity: medium
#   category: access
#   cwe: CWE-668
#   remediation: >-
#     CloudFormation: `MapPublicIpOnLaunch: false` on the subnet (the default); give only load
#     balancers and NAT gateways public addresses. CDK: `new ec2.Vpc(this, 'Vpc', { subnetConfiguration: [{ name: 'public', subnetType: ec2.SubnetType.PUBLIC, mapPublicIpOnLaunch: false }, ...] })`.
#     Live: `aws ec2 modify-subnet-attribute --subnet-id subnet-... --no-map-public-ip-on-launch`.
#   frameworks:
#     nist-800-53: [AC-4, SC-7]
#     pci-dss: ["1.4.1"]
#     soc2: [CC6.6]
#     fsbp: [EC2.15]
#   resource_types: [aws.ec2.subnet]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.vpc.subnet_public_ip

import data.palisade.lib

deny contains lib.result(r, ["properties", "map_public_ip"], msg) if {
	some r in lib.resources("aws.ec2.subnet")
	r.properties.map_public_ip == true
	msg := concat("", ["Subnet '", r.name, "'", kind(r), " gives instances public IP addresses on launch."])
}

kind(r) := " (a VPC default subnet)" if r.properties.default_subnet == true

kind(r) := "" if not r.properties.default_subnet == true
