# METADATA
# title: OpenSearch domain allows TLS versions before 1.2
# description: >-
#   The domain's TLS security policy is `Policy-Min-TLS-1-0-2019-07`, or the template does not
#   pin one: clients may negotiate TLS 1.0 or 1.1, which have known weaknesses.
# custom:
#   id: PAL-OS-004
#   severity: medium
#   category: encryption
#   cwe: CWE-327
#   remediation: >-
#     Set `DomainEndpointOptions.TLSSecurityPolicy` to `Policy-Min-TLS-1-2-PFS-2023-10` (or
#     `Policy-Min-TLS-1-2-2019-07`); in CDK `tlsSecurityPolicy: TLSSecurityPolicy.TLS_1_2_PFS`.
#   frameworks:
#     nist-800-53: [SC-8, SC-13]
#     pci-dss: ["4.2.1"]
#     fsbp: [Opensearch.8]
#   resource_types: [aws.opensearch.domain]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.opensearch.tls_policy

import data.palisade.lib

# Policies whose minimum is TLS 1.2.
modern := {"Policy-Min-TLS-1-2-2019-07", "Policy-Min-TLS-1-2-PFS-2023-10"}

deny contains lib.result(r, ["properties", "tls_security_policy"], msg) if {
	some r in lib.resources("aws.opensearch.domain")
	r.properties.tls_security_policy == null
	msg := concat("", ["OpenSearch domain '", r.name, "' does not set a TLS security policy requiring TLS 1.2."])
}

deny contains lib.result(r, ["properties", "tls_security_policy"], msg) if {
	some r in lib.resources("aws.opensearch.domain")
	policy := r.properties.tls_security_policy
	is_string(policy)
	not modern[policy]
	msg := concat("", ["OpenSearch domain '", r.name, "' uses TLS security policy ", policy, ", which allows TLS before 1.2."])
}
