# METADATA
# title: Security group opens non-web ports to the internet
# description: >-
#   An ingress rule from 0.0.0.0/0 or ::/0 opens a port other than HTTP (80) and HTTPS (443):
#   databases, caches, admin consoles and wide port ranges end up reachable by anyone. SSH, RDP
#   and all-traffic rules are reported by PAL-EC2-001, ICMP is not reported. One finding per
#   ingress rule.
# custom:
#   id: PAL-EC2-002
#   severity: high
#   category: access
#   cwe: CWE-668
#   remediation: >-
#     Allow the port only from the security groups or address ranges that need it
#     (`SourceSecurityGroupId`, a VPC CIDR), or put the service behind a load balancer.
#   frameworks:
#     nist-800-53: [AC-4, SC-7]
#     pci-dss: ["1.3.1"]
#     soc2: [CC6.6]
#     fsbp: [EC2.18]
#   resource_types: [aws.ec2.security_group]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.ec2.ingress_public

import data.palisade.lib
import data.palisade.lib.aws

deny contains lib.result(r, ["properties", "ingress", i], msg) if {
	some r in lib.resources("aws.ec2.security_group")
	some i, rule in r.properties.ingress
	sources := aws.world_sources(rule)
	count(sources) > 0
	not aws.icmp(rule)
	not aws.all_protocols(rule)
	[from, to] := aws.port_range(rule)
	not admin(rule)
	not web(rule, from, to)
	msg := concat("", ["Security group '", r.name, "' allows ", protocol_name(rule.protocol), " ", ports(from, to), " from ", concat(" and ", sources), "."])
}

# PAL-EC2-001's rules.
admin(rule) if aws.opens_tcp_port(rule, 22)

admin(rule) if aws.opens_tcp_port(rule, 3389)

web(rule, port, port) if {
	aws.tcp(rule)
	port in {80, 443}
}

ports(port, port) := concat("", ["port ", format_int(port, 10)])

ports(from, to) := concat("", ["ports ", format_int(from, 10), "-", format_int(to, 10)]) if from != to

protocol_name(p) := object.get({"6": "tcp", "17": "udp"}, p, lower(p))
