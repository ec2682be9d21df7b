# METADATA
# title: CloudFront S3 origin has no origin access control
# description: >-
#   An S3 origin reached without an origin access control (or a legacy origin access identity)
#   sends unsigned requests, so the bucket must allow anonymous reads for the distribution to work:
#   anyone can then fetch its objects directly from S3, past the distribution's WAF, signed URLs,
#   geo restrictions and logging.
# custom:
#   id: PAL-CFR-007
#   severity: medium
#   category: access
#   cwe: CWE-284
#   remediation: >-
#     Create an `AWS::CloudFront::OriginAccessControl` (`SigningBehavior: always`), set the
#     origin's `OriginAccessControlId`, and allow only `cloudfront.amazonaws.com` with an
#     `AWS:SourceArn` condition in the bucket policy; in CDK
#     `origins.S3BucketOrigin.withOriginAccessControl(bucket)`.
#   frameworks:
#     nist-800-53: [AC-3, AC-6]
#     soc2: [CC6.1]
#     fsbp: [CloudFront.13]
#   resource_types: [aws.cloudfront.distribution]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.cloudfront.s3_origin_access

import data.palisade.lib

deny contains lib.result(r, ["properties", "origins", i], msg) if {
	some r in lib.resources("aws.cloudfront.distribution")
	some i, o in r.properties.origins
	o.kind == "s3"
	o.access_control == false
	o.access_identity == false
	msg := concat("", ["CloudFront distribution '", r.name, "' reaches S3 origin '", shown(o.id), "' without an origin access control."])
}

shown(id) := id if is_string(id)

shown(id) := "(unnamed)" if not is_string(id)
