# METADATA
# title: CloudFront distribution allows viewer TLS versions before 1.2
# description: >-
#   With a custom certificate whose `MinimumProtocolVersion` is below `TLSv1.2_2018` (or not set,
#   when CloudFront uses `TLSv1`), viewers may connect with SSLv3, TLS 1.0 or 1.1 and their weak
#   ciphers, which downgrade attacks exploit. Distributions on the default *.cloudfront.net
#   certificate cannot set a minimum and are not reported.
# custom:
#   id: PAL-CFR-002
#   severity: medium
#   category: encryption
#   cwe: CWE-327
#   remediation: >-
#     Set `ViewerCertificate.MinimumProtocolVersion: TLSv1.2_2021` (with `SslSupportMethod:
#     sni-only`); in CDK `minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021`.
#   frameworks:
#     nist-800-53: [SC-8, SC-13]
#     soc2: [CC6.7]
#     pci-dss: ["4.2.1"]
#   resource_types: [aws.cloudfront.distribution]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.cloudfront.viewer_tls

import data.palisade.lib

deny contains lib.result(r, ["properties", "viewer_certificate", "minimum_protocol_version"], msg) if {
	some r in lib.resources("aws.cloudfront.distribution")
	cert := r.properties.viewer_certificate
	cert.default_certificate == false
	v := cert.minimum_protocol_version
	is_string(v)
	not modern(v)
	msg := concat("", ["CloudFront distribution '", r.name, "' accepts viewer TLS versions before 1.2 (MinimumProtocolVersion: ", v, ")."])
}

modern(v) if startswith(v, "TLSv1.2")

modern(v) if startswith(v, "TLSv1.3")
