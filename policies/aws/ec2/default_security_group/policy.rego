# METADATA
# title: VPC default security group allows traffic
# description: >-
#   Every VPC has a default security group, and any instance, endpoint or function launched
#   without naming a group lands in it. EC2 creates it allowing all traffic from its own members
#   and all outbound traffic; when it keeps rules, whatever is put there by accident can talk to
#   everything else put there by accident, and out. Live, every rule of a group named `default`
#   is reported; in a template, each ingress or egress rule added to
#   `!GetAtt <Vpc>.DefaultSecurityGroup`. Remove all its rules and use groups of your own.
# custom:
#   id: PAL-EC2-014
#   severity: medium
#   category: access
#   cwe: CWE-284
#   remediation: >-
#     Remove every inbound and outbound rule of the default group
#     (`aws ec2 revoke-security-group-ingress --group-id sg-... --ip-permissions ...`, and the same for
#     egress), add no `AWS::EC2::SecurityGroupIngress` to `!GetAtt Vpc.DefaultSecurityGroup`, and give
#     each workload its own `AWS::EC2::SecurityGroup`. CDK: `new ec2.Vpc(this, 'Vpc', { restrictDefaultSecurityGroup: true })`.
#   frameworks:
#     cis-aws: ["5.4"]
#     nist-800-53: [AC-4, SC-7]
#     pci-dss: ["1.3.1"]
#     soc2: [CC6.6]
#     fsbp: [EC2.2]
#   resource_types: [aws.ec2.security_group]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.ec2.default_security_group

import data.palisade.lib

deny contains lib.result(r, ["properties", direction, i], msg) if {
	some r in lib.resources("aws.ec2.security_group")
	object.get(r.properties, "default_group", false) == true
	some direction in ["ingress", "egress"]
	some i, _ in r.properties[direction]
	msg := concat("", ["The default security group '", r.name, "' allows ", kind[direction], " traffic."])
}

kind := {"ingress": "inbound", "egress": "outbound"}
