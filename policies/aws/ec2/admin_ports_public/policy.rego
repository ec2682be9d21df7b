# METADATA
# title: Security group opens SSH or RDP to the internet
# description: >-
#   An ingress rule from 0.0.0.0/0 or ::/0 reaches port 22 (SSH) or 3389 (RDP), including rules
#   that open all ports or all traffic: every host on the internet can try to log in, and
#   automated scanners do within minutes. One finding per ingress rule.
# custom:
#   id: PAL-EC2-001
#   severity: critical
#   category: access
#   cwe: CWE-668
#   remediation: >-
#     Remove the rule and reach instances through SSM Session Manager, or allow only your
#     VPN's or bastion's address range (`CidrIp: 203.0.113.0/24`) or security group.
#   frameworks:
#     cis-aws: ["5.2", "5.3"]
#     nist-800-53: [AC-4, SC-7]
#     pci-dss: ["1.3.1"]
#     soc2: [CC6.6]
#     fsbp: [EC2.19]
#   resource_types: [aws.ec2.security_group]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.ec2.admin_ports_public

import data.palisade.lib
import data.palisade.lib.aws

admin_ports := {22: "SSH (22)", 3389: "RDP (3389)"}

deny contains lib.result(r, ["properties", "ingress", i], msg) if {
	some r in lib.resources("aws.ec2.security_group")
	some i, rule in r.properties.ingress
	sources := aws.world_sources(rule)
	count(sources) > 0
	exposed := [name | some port, name in admin_ports; aws.opens_tcp_port(rule, port)]
	count(exposed) > 0
	msg := concat("", ["Security group '", r.name, "' allows ", concat(" and ", exposed), " from ", concat(" and ", sources), "."])
}
