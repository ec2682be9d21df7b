# METADATA
# title: Network ACL allows SSH, RDP or all traffic from the internet
# description: >-
#   An inbound `allow` entry from 0.0.0.0/0 or ::/0 reaches port 22 (SSH) or 3389 (RDP), or
#   every port (protocol -1, as in a VPC's default ACL): the subnet-level filter lets every
#   login attempt through and only security groups remain. Entries are applied in rule-number
#   order, so an allow entry that a lower-numbered inbound `deny` from the same range for the
#   same port overrides is not reported. A return-traffic range of 1024-65535 includes 3389:
#   start it at 32768 (the Linux ephemeral ports) or deny 3389 first. One finding per entry.
# custom:
#   id: PAL-VPC-003
#   severity: medium
#   category: access
#   cwe: CWE-668
#   remediation: >-
#     CloudFormation: allow only the ports and ranges the subnet serves
#     (`AWS::EC2::NetworkAclEntry` with `Protocol: 6`, `PortRange: {From: 443, To: 443}`), or add a
#     lower-numbered `RuleAction: deny` entry for ports 22 and 3389 from 0.0.0.0/0 and ::/0. CDK:
#     `new ec2.NetworkAcl(this, 'Acl', { vpc }).addEntry('Https', { cidr: ec2.AclCidr.anyIpv4(), ruleNumber: 100, traffic: ec2.AclTraffic.tcpPort(443), direction: ec2.TrafficDirection.INGRESS })`.
#   frameworks:
#     cis-aws: ["5.1"]
#     nist-800-53: [AC-4, SC-7]
#     pci-dss: ["1.3.1"]
#     soc2: [CC6.6]
#     fsbp: [EC2.21]
#   resource_types: [aws.ec2.network_acl]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.vpc.nacl_admin_ports_public

import data.palisade.lib
import data.palisade.lib.aws

admin_ports := {22: "SSH (22)", 3389: "RDP (3389)"}

deny contains lib.result(r, ["properties", "entries", i], msg) if {
	some r in lib.resources("aws.ec2.network_acl")
	some i, e in r.properties.entries
	inbound_allow(e)
	exposed := {[port, source] |
		some port, _ in admin_ports
		aws.opens_tcp_port(e, port)
		some source in aws.world_sources(e)
		not overridden(r.properties.entries, e, port, source)
	}
	count(exposed) > 0
	names := sort({admin_ports[port] | some [port, _] in exposed})
	sources := sort({source | some [_, source] in exposed})
	msg := concat("", ["Network ACL '", r.name, "' allows ", what(e, names), " from ", concat(" and ", sources), " (rule ", number(e), ")."])
}

inbound_allow(e) if {
	e.action == "allow"
	e.egress == false
}

# A lower-numbered inbound deny (or an entry that may be one: unknown) covers the port from the same range.
overridden(entries, _, _, _) if {
	some d in entries
	lib.is_unknown(d)
}

overridden(entries, e, port, source) if {
	some d in entries
	not lib.is_unknown(d)
	not d.action == "allow"
	not d.egress == true
	before(d, e)
	from_range(d, source)
	covers_port(d, port)
}

before(d, _) if lib.is_unknown(d.rule_number)

before(_, e) if lib.is_unknown(e.rule_number)

before(d, e) if d.rule_number < e.rule_number

from_range(d, source) if source in aws.world_sources(d)

from_range(d, _) if lib.is_unknown(d.cidr_ipv4)

from_range(d, _) if lib.is_unknown(d.cidr_ipv6)

covers_port(d, _) if lib.is_unknown(d.protocol)

covers_port(d, port) if aws.opens_tcp_port(d, port)

what(e, _) := "all traffic" if aws.all_protocols(e)

what(e, names) := concat(" and ", names) if not aws.all_protocols(e)

number(e) := format_int(e.rule_number, 10) if is_number(e.rule_number)

number(e) := "unknown" if not is_number(e.rule_number)
