# METADATA
# title: CloudFront distribution has no web ACL
# description: >-
#   Without `WebACLId` the distribution forwards every request to its origins: no managed rules
#   against common exploits, bad bots or known-bad addresses, and no rate limiting at the edge.
# custom:
#   id: PAL-CFR-004
#   severity: medium
#   category: access
#   cwe: none
#   remediation: >-
#     Create an `AWS::WAFv2::WebACL` with `Scope: CLOUDFRONT` (in us-east-1) and set
#     `DistributionConfig.WebACLId` to its ARN; in CDK `webAclId: webAcl.attrArn`.
#   frameworks:
#     nist-800-53: [SC-7, SI-4]
#     soc2: [CC6.6]
#     pci-dss: ["6.4.2"]
#     fsbp: [CloudFront.6]
#   resource_types: [aws.cloudfront.distribution]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.cloudfront.waf

import data.palisade.lib

deny contains lib.result(r, ["properties", "web_acl"], msg) if {
	some r in lib.resources("aws.cloudfront.distribution")
	r.properties.web_acl == null
	msg := concat("", ["CloudFront distribution '", r.name, "' has no web ACL."])
}
