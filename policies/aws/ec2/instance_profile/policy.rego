# METADATA
# title: EC2 instance has no IAM instance profile
# description: >-
#   An instance without an instance profile has no role: software on it that calls AWS needs
#   long-lived access keys copied onto the disk or into user data, where anyone who reads the
#   instance or its launch data gets them, and they are never rotated. It also cannot be
#   managed by Systems Manager (patching, Session Manager instead of SSH).
# custom:
#   id: PAL-EC2-012
#   severity: low
#   category: access
#   cwe: CWE-522
#   remediation: >-
#     CloudFormation: an `AWS::IAM::InstanceProfile` with a least-privilege role, and
#     `IamInstanceProfile: !Ref Profile` on the instance. CDK:
#     `new ec2.Instance(this, 'Web', { role: new iam.Role(this, 'WebRole', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') }), ... })`.
#   frameworks:
#     nist-800-53: [AC-6, IA-5]
#     soc2: [CC6.1]
#   resource_types: [aws.ec2.instance]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.ec2.instance_profile

import data.palisade.lib

deny contains lib.result(r, ["properties", "instance_profile"], msg) if {
	some r in lib.resources("aws.ec2.instance")
	r.properties.instance_profile == null
	msg := concat("", ["EC2 instance '", r.name, "' has no IAM instance profile."])
}
