# METADATA
# title: EC2 instance has no detailed monitoring
# description: >-
#   Without detailed monitoring CloudWatch receives the instance's metrics every five minutes,
#   not every minute: a CPU or network spike from a compromise, a crypto-miner or a flood is
#   averaged away, and alarms fire minutes late or not at all. Off by default (`Monitoring`).
# custom:
#   id: PAL-EC2-013
#   severity: low
#   category: logging
#   cwe: none
#   remediation: >-
#     CloudFormation: `Monitoring: true` on the instance. CDK:
#     `new ec2.Instance(this, 'Web', { detailedMonitoring: true, ... })`.
#   frameworks:
#     nist-800-53: [CA-7, SI-4]
#     soc2: [CC7.2]
#   resource_types: [aws.ec2.instance]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.ec2.instance_monitoring

import data.palisade.lib

deny contains lib.result(r, ["properties", "detailed_monitoring"], msg) if {
	some r in lib.resources("aws.ec2.instance")
	r.properties.detailed_monitoring == false
	msg := concat("", ["EC2 instance '", r.name, "' has no detailed monitoring."])
}
