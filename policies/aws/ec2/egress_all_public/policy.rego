# METADATA
# title: Security group allows all outbound traffic to the internet
# description: >-
#   An egress rule for every protocol (or every TCP/UDP port) to 0.0.0.0/0 or ::/0 lets a
#   compromised workload reach any host: command-and-control, data exfiltration, pulling tools.
#   A security group without `SecurityGroupEgress` gets exactly this rule from EC2; it is
#   reported on the group, since the template writes no line for it.
# custom:
#   id: PAL-EC2-003
#   severity: low
#   category: access
#   cwe: CWE-284
#   remediation: >-
#     Declare `SecurityGroupEgress` with the ports and destinations the workload needs (HTTPS to
#     a VPC endpoint prefix list, the database's security group); in CDK
#     `new ec2.SecurityGroup(this, 'Sg', { vpc, allowAllOutbound: false })` and `sg.addEgressRule(...)`.
#   frameworks:
#     nist-800-53: [AC-4, SC-7]
#     pci-dss: ["1.3.2"]
#     soc2: [CC6.6]
#   resource_types: [aws.ec2.security_group]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.ec2.egress_all_public

import data.palisade.lib
import data.palisade.lib.aws

deny contains lib.result(r, ["properties", "egress", i], msg) if {
	some r in lib.resources("aws.ec2.security_group")
	some i, rule in r.properties.egress
	sources := aws.world_sources(rule)
	count(sources) > 0
	every_port(rule)
	msg := concat("", ["Security group '", r.name, "' allows all outbound traffic to ", concat(" and ", sources), "."])
}

every_port(rule) if aws.all_protocols(rule)

every_port(rule) if {
	ported_protocols[lower(rule.protocol)]
	aws.port_range(rule) == [0, 65535]
}

# Set literals are constants here: written in a rule body, the engine builds them anew at every
# step of the loop around them.
ported_protocols := {"tcp", "udp"}
