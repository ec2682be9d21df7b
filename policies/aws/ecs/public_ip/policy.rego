# METADATA
# title: ECS service assigns public IP addresses to its tasks
# description: >-
#   With `AssignPublicIp: ENABLED` every task of the service gets a public address: whatever its
#   security group lets in reaches the containers straight from the internet, past any load
#   balancer, WAF or private subnet design.
# custom:
#   id: PAL-ECS-009
#   severity: high
#   category: access
#   cwe: CWE-668
#   remediation: >-
#     Set `NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp: DISABLED`, run the tasks in
#     private subnets (with a NAT gateway or VPC endpoints for outbound calls) and put a load
#     balancer in front; in CDK `assignPublicIp: false` on the service.
#   frameworks:
#     nist-800-53: [AC-4, SC-7]
#     soc2: [CC6.6]
#     pci-dss: ["1.4.1"]
#     fsbp: [ECS.2]
#   resource_types: [aws.ecs.service]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.ecs.public_ip

import data.palisade.lib

deny contains lib.result(r, ["properties", "assign_public_ip"], msg) if {
	some r in lib.resources("aws.ecs.service")
	r.properties.assign_public_ip == true
	msg := concat("", ["ECS service '", r.name, "' assigns public IP addresses to its tasks."])
}
