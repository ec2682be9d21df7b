# METADATA
# title: Security group rule has no description
# description: >-
#   A rule without a description says nothing about why the port is open or who needs it, so
#   reviews and clean-ups cannot tell a needed rule from a forgotten one. Written ingress and
#   egress rules are judged; EC2's default egress rule (which cannot carry one) is not.
# custom:
#   id: PAL-EC2-004
#   severity: low
#   category: access
#   cwe: none
#   remediation: >-
#     Give every rule a `Description` naming its purpose; in CDK pass the description argument of
#     `sg.addIngressRule(peer, port, 'why')`.
#   frameworks:
#     nist-800-53: [CM-6, CM-8]
#     soc2: [CC6.6]
#   resource_types: [aws.ec2.security_group]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.ec2.rule_description

import data.palisade.lib

deny contains lib.result(r, ["properties", direction, i], msg) if {
	some r in lib.resources("aws.ec2.security_group")
	some direction in ["ingress", "egress"]
	some i, rule in r.properties[direction]
	not lib.is_unknown(rule)
	undescribed(rule)
	not default_egress(direction, rule)
	msg := concat("", ["Security group '", r.name, "' has an ", direction, " rule without a description."])
}

undescribed(rule) if object.get(rule, "description", null) == null

undescribed(rule) if trim_space(rule.description) == ""

# EC2's rule for a group that declares no egress: all traffic to 0.0.0.0/0.
default_egress("egress", rule) if {
	rule.protocol == "-1"
	rule.cidr_ipv4 == "0.0.0.0/0"
	rule.cidr_ipv6 == null
	rule.from_port == null
	rule.to_port == null
}
