# METADATA
# title: CloudFront distribution reaches a custom origin over plain HTTP
# description: >-
#   A custom origin with `OriginProtocolPolicy: http-only`, or `match-viewer` behind a behavior
#   that lets viewers use HTTP, carries requests and responses between the edge and the origin in
#   plain text across the internet, even when viewers connect with HTTPS.
# custom:
#   id: PAL-CFR-005
#   severity: medium
#   category: encryption
#   cwe: CWE-319
#   remediation: >-
#     Set `CustomOriginConfig.OriginProtocolPolicy: https-only` and serve a valid certificate on
#     the origin; in CDK `new origins.HttpOrigin('api.example.com', { protocolPolicy:
#     cloudfront.OriginProtocolPolicy.HTTPS_ONLY })`.
#   frameworks:
#     nist-800-53: [SC-8]
#     soc2: [CC6.7]
#     pci-dss: ["4.2.1"]
#     fsbp: [CloudFront.9]
#   resource_types: [aws.cloudfront.distribution]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.cloudfront.origin_http

import data.palisade.lib

deny contains lib.result(r, ["properties", "origins", i, "protocol_policy"], msg) if {
	some r in lib.resources("aws.cloudfront.distribution")
	some i, o in r.properties.origins
	o.kind == "custom"
	plain(r, o)
	msg := concat("", ["CloudFront distribution '", r.name, "' reaches origin '", shown(o.id), "' over plain HTTP (OriginProtocolPolicy: ", o.protocol_policy, ")."])
}

plain(_, o) if o.protocol_policy == "http-only"

plain(r, o) if {
	o.protocol_policy == "match-viewer"
	some b in r.properties.behaviors
	b.target_origin_id == o.id
	b.viewer_protocol_policy == "allow-all"
}

shown(id) := id if is_string(id)

shown(id) := "(unnamed)" if not is_string(id)
