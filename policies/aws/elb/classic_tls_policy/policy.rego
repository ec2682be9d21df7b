# METADATA
# title: Classic load balancer TLS listener allows TLS versions before 1.2
# description: >-
#   An HTTPS or SSL listener of a classic load balancer negotiates with the policy it names: the
#   default (`ELBSecurityPolicy-2016-08`, used when it names none), the other predefined policies
#   but `ELBSecurityPolicy-TLS-1-2-2017-01`, and custom policies enabling `Protocol-SSLv3`,
#   `Protocol-TLSv1` or `Protocol-TLSv1.1` all accept protocols with known weaknesses.
# custom:
#   id: PAL-ELB-008
#   severity: medium
#   category: encryption
#   cwe: CWE-327
#   remediation: >-
#     Add a policy `{PolicyName: tls12, PolicyType: SSLNegotiationPolicyType, Attributes: [{Name:
#     Reference-Security-Policy, Value: ELBSecurityPolicy-TLS-1-2-2017-01}]}` and list it in the
#     listener's `PolicyNames`; in CDK set the same on the underlying `CfnLoadBalancer`
#     (`policies`, `listeners[].policyNames`).
#   frameworks:
#     nist-800-53: [SC-8, SC-13]
#     soc2: [CC6.7]
#     pci-dss: ["4.2.1"]
#   resource_types: [aws.elb.load_balancer]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.elb.classic_tls_policy

import data.palisade.lib

strong := "ELBSecurityPolicy-TLS-1-2-2017-01"

default_policy := "ELBSecurityPolicy-2016-08"

weak_protocols := {"Protocol-SSLv3", "Protocol-TLSv1", "Protocol-TLSv1.1"}

deny contains lib.result(r, path, msg) if {
	some r in lib.resources("aws.elb.load_balancer")
	some i, l in r.properties.listeners
	l.protocol in {"HTTPS", "SSL"}
	some [path, why] in problems(r, i, l)
	msg := concat("", ["Classic load balancer '", r.name, "' listener on port ", shown_port(l.port), " ", why, "."])
}

# A predefined policy named in the listener.
problems(r, i, l) := ({[["properties", "listeners", i, "policy_names"], concat("", ["uses ", name, ", which allows TLS before 1.2"])] |
	some name in l.policy_names
	is_string(name)
	not r.properties.policies[name]
	startswith(name, "ELBSecurityPolicy-")
	name != strong
} | {[["properties", "policies", name], why] |
	some name in l.policy_names
	p := r.properties.policies[name]
	p.type == "SSLNegotiationPolicyType"
	why := weak_negotiation(p)
}) | {[["properties", "listeners", i, "protocol"], concat("", ["names no TLS policy, so it uses ", default_policy, ", which allows TLS before 1.2"])] |
	every name in l.policy_names {
		is_string(name)
		not negotiation(r, name)
	}
}

negotiation(r, name) if r.properties.policies[name].type == "SSLNegotiationPolicyType"

negotiation(r, name) if r.properties.policies[name].type == null

negotiation(_, name) if startswith(name, "ELBSecurityPolicy-")

negotiation(r, name) if lib.is_unknown(r.properties.policies[name].type)

# Names that are neither predefined nor the balancer's own: we cannot tell what they are.
negotiation(r, name) if not r.properties.policies[name]

weak_negotiation(p) := concat("", ["uses ", ref, ", which allows TLS before 1.2"]) if {
	ref := p.attributes["Reference-Security-Policy"]
	is_string(ref)
	ref != strong
}

weak_negotiation(p) := concat("", ["enables ", concat(", ", sort(on))]) if {
	not p.attributes["Reference-Security-Policy"]
	not lib.is_unknown(p.attributes)
	on := [k | some k in weak_protocols; lower(object.get(p.attributes, k, "false")) == "true"]
	count(on) > 0
}

shown_port(port) := format_int(port, 10) if is_number(port)

shown_port(port) := "(unknown)" if not is_number(port)
