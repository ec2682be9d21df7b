# METADATA
# title: CloudFront distribution serves viewers over plain HTTP
# description: >-
#   A cache behavior with `ViewerProtocolPolicy: allow-all` answers requests over HTTP, so
#   cookies, tokens and page content travel in plain text between the viewer and the edge and can
#   be read or changed on the way.
# custom:
#   id: PAL-CFR-001
#   severity: medium
#   category: encryption
#   cwe: CWE-319
#   remediation: >-
#     Set `ViewerProtocolPolicy: redirect-to-https` (or `https-only`) on the default and every
#     other cache behavior; in CDK
#     `defaultBehavior: { viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS }`.
#   frameworks:
#     nist-800-53: [SC-8, SC-23]
#     soc2: [CC6.7]
#     pci-dss: ["4.2.1"]
#     fsbp: [CloudFront.3]
#   resource_types: [aws.cloudfront.distribution]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.cloudfront.viewer_http

import data.palisade.lib

deny contains lib.result(r, ["properties", "behaviors", i, "viewer_protocol_policy"], msg) if {
	some r in lib.resources("aws.cloudfront.distribution")
	some i, b in r.properties.behaviors
	b.viewer_protocol_policy == "allow-all"
	msg := concat("", ["CloudFront distribution '", r.name, "' serves ", behavior(b), " over plain HTTP (ViewerProtocolPolicy: allow-all)."])
}

behavior(b) := concat("", ["path '", b.path_pattern, "'"]) if is_string(b.path_pattern)

behavior(b) := "its default behavior" if b.path_pattern == null
