# METADATA
# title: CloudFront distribution with an S3 default origin has no default root object
# description: >-
#   Without `DefaultRootObject`, a request for the distribution's root is passed to the S3 origin
#   as a request for the bucket itself, which returns the bucket's object listing wherever the
#   distribution may list the bucket. Judged only where the default behavior targets an S3
#   origin: an API behind CloudFront answers `/` itself.
# custom:
#   id: PAL-CFR-008
#   severity: low
#   category: access
#   cwe: CWE-548
#   remediation: >-
#     Set `DistributionConfig.DefaultRootObject: index.html`; in CDK
#     `new cloudfront.Distribution(this, 'Site', { defaultRootObject: 'index.html', ... })`.
#   frameworks:
#     nist-800-53: [AC-3, SC-7]
#     soc2: [CC6.1]
#     fsbp: [CloudFront.1]
#   resource_types: [aws.cloudfront.distribution]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.cloudfront.default_root_object

import data.palisade.lib

deny contains lib.result(r, ["properties", "default_root_object"], msg) if {
	some r in lib.resources("aws.cloudfront.distribution")
	r.properties.default_root_object == null
	default_behavior := r.properties.behaviors[0]
	some o in r.properties.origins
	o.id == default_behavior.target_origin_id
	o.kind == "s3"
	msg := concat("", ["CloudFront distribution '", r.name, "' serves S3 origin '", o.id, "' by default but has no default root object."])
}
