# METADATA
# title: API Gateway custom domain accepts TLS 1.0
# description: >-
#   The custom domain name's security policy is `TLS_1_0`, which is what a REST API domain
#   (`AWS::ApiGateway::DomainName`) gets when `SecurityPolicy` is left out: clients may connect
#   with TLS 1.0 and 1.1, which are deprecated (RFC 8996) and open to downgrade attacks. A
#   `TLS_1_2` policy, or one of the newer `SecurityPolicy_TLS13_*` policies, passes.
# custom:
#   id: PAL-APIGW-007
#   severity: medium
#   category: encryption
#   cwe: CWE-326
#   remediation: >-
#     Set `SecurityPolicy: TLS_1_2` on the domain name (for v2 domains, on every
#     `DomainNameConfigurations` entry); in CDK `new apigateway.DomainName(this, 'Domain', {
#     ..., securityPolicy: apigateway.SecurityPolicy.TLS_1_2 })`.
#   frameworks:
#     nist-800-53: [SC-8, SC-13]
#     pci-dss: ["4.2.1"]
#     soc2: [CC6.7]
#   resource_types: [aws.apigateway.domain_name]
#   sources: [cloudformation, cdk]
package palisade.rules.aws.apigateway.domain_tls

import data.palisade.lib

deny contains lib.result(r, ["properties", "security_policies", i], msg) if {
	some r in lib.resources("aws.apigateway.domain_name")
	some i, policy in r.properties.security_policies
	is_string(policy)
	upper(policy) == "TLS_1_0"
	msg := concat("", ["API Gateway domain name '", r.name, "' accepts TLS 1.0 (security policy TLS_1_0)."])
}
