# METADATA
# title: CloudFront distribution allows origin TLS versions before 1.2
# description: >-
#   A custom origin whose `OriginSSLProtocols` lists SSLv3, TLSv1 or TLSv1.1 lets the connection
#   from the edge to the origin fall back to a protocol with known weaknesses when the origin
#   offers it. Origins that list no protocols are not judged.
# custom:
#   id: PAL-CFR-006
#   severity: medium
#   category: encryption
#   cwe: CWE-327
#   remediation: >-
#     Set `CustomOriginConfig.OriginSSLProtocols: [TLSv1.2]`; in CDK
#     `new origins.HttpOrigin(domain, { originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2] })`.
#   frameworks:
#     nist-800-53: [SC-8, SC-13]
#     soc2: [CC6.7]
#     pci-dss: ["4.2.1"]
#     fsbp: [CloudFront.10]
#   resource_types: [aws.cloudfront.distribution]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.cloudfront.origin_tls

import data.palisade.lib

weak := {"SSLv3", "TLSv1", "TLSv1.1"}

deny contains lib.result(r, ["properties", "origins", i, "ssl_protocols"], msg) if {
	some r in lib.resources("aws.cloudfront.distribution")
	some i, o in r.properties.origins
	o.kind == "custom"
	old := [p | some p in o.ssl_protocols; p in weak]
	count(old) > 0
	msg := concat("", ["CloudFront distribution '", r.name, "' allows ", concat(", ", old), " to origin '", shown(o.id), "'."])
}

shown(id) := id if is_string(id)

shown(id) := "(unnamed)" if not is_string(id)
