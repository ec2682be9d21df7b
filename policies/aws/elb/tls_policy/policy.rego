# METADATA
# title: Load balancer listener allows TLS versions before 1.2
# description: >-
#   The HTTPS or TLS listener's security policy accepts TLS 1.0 or 1.1 (such as
#   `ELBSecurityPolicy-2016-08`), or the template sets none and relies on the default, which
#   has been `ELBSecurityPolicy-2016-08` for listeners created through the API.
# custom:
#   id: PAL-ELB-002
#   severity: medium
#   category: encryption
#   cwe: CWE-327
#   remediation: >-
#     Set `SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06` (or another TLS 1.2+ policy); in CDK
#     `sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS`.
#   frameworks:
#     nist-800-53: [SC-8, SC-13]
#     pci-dss: ["4.2.1"]
#   resource_types: [aws.elbv2.listener]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.elb.tls_policy

import data.palisade.lib

deny contains lib.result(r, ["properties", "ssl_policy"], msg) if {
	some r in lib.resources("aws.elbv2.listener")
	tls_protocols[r.properties.protocol]
	r.properties.ssl_policy == null
	msg := concat("", ["Load balancer listener '", r.name, "' sets no SSL policy requiring TLS 1.2."])
}

deny contains lib.result(r, ["properties", "ssl_policy"], msg) if {
	some r in lib.resources("aws.elbv2.listener")
	tls_protocols[r.properties.protocol]
	policy := r.properties.ssl_policy
	is_string(policy)
	not modern(policy)
	msg := concat("", ["Load balancer listener '", r.name, "' uses SSL policy ", policy, ", which allows TLS before 1.2."])
}

tls_protocols := {"HTTPS", "TLS"}

# Predefined policies whose minimum is TLS 1.2 or 1.3 (including FIPS and post-quantum ones).
modern(policy) if regex.match(`^ELBSecurityPolicy-(TLS13-1-[23]|TLS-1-2|FS-1-2)-`, policy)
