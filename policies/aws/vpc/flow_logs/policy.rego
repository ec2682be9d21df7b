# METADATA
# title: VPC has no flow log
# description: >-
#   No flow log records the VPC's traffic: connections to and from its instances, containers and
#   databases (accepted and rejected) leave no trace, so an intrusion, data exfiltration or a
#   misrouted security group cannot be investigated. Flow logs are read from the AWS::EC2::FlowLog
#   resources of the template whose ResourceId is the VPC.
# custom:
#   id: PAL-VPC-001
#   severity: medium
#   category: logging
#   cwe: CWE-778
#   remediation: >-
#     CloudFormation: an `AWS::EC2::FlowLog` with `ResourceId: !Ref Vpc`, `ResourceType: VPC`,
#     `TrafficType: ALL` and a `LogDestination` (S3 or CloudWatch Logs). CDK:
#     `vpc.addFlowLog('FlowLog', { trafficType: ec2.FlowLogTrafficType.ALL })` (or
#     `new ec2.Vpc(this, 'Vpc', { flowLogs: { all: {} } })`).
#   frameworks:
#     cis-aws: ["3.7"]
#     nist-800-53: [AU-2, AU-12, SI-4]
#     pci-dss: ["10.2.1"]
#     soc2: [CC7.2]
#     fsbp: [EC2.6]
#   resource_types: [aws.ec2.vpc]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.vpc.flow_logs

import data.palisade.lib

deny contains lib.result(r, ["properties", "flow_logs"], msg) if {
	some r in lib.resources("aws.ec2.vpc")
	lib.is_false(r.properties.flow_logs)
	msg := concat("", ["VPC '", r.name, "' has no flow log."])
}
