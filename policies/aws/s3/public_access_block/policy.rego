# METADATA
# title: S3 bucket public access block is missing or incomplete
# description: >-
#   Without all four public access block settings, a single ACL or bucket policy change can make
#   objects public. Since April 2023 a new bucket blocks all public access unless its template
#   says otherwise, so a template is judged on the settings it turns off (a configuration that
#   omits a setting turns it off); a live bucket also when it has no public access block at all
#   (buckets created before 2023 keep what they had).
# custom:
#   id: PAL-S3-003
#   severity: high
#   category: access
#   cwe: CWE-284
#   remediation: >-
#     Set `PublicAccessBlockConfiguration` with `BlockPublicAcls`, `IgnorePublicAcls`,
#     `BlockPublicPolicy` and `RestrictPublicBuckets` all `true`; in CDK
#     `blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL`.
#   frameworks:
#     cis-aws: ["2.1.4"]
#     nist-800-53: [AC-3, AC-6, SC-7]
#     soc2: [CC6.1]
#     fsbp: [S3.8]
#   resource_types: [aws.s3.bucket]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.s3.public_access_block

import data.palisade.lib

flags := ["block_public_acls", "ignore_public_acls", "block_public_policy", "restrict_public_buckets"]

deny contains lib.result(r, ["properties", "public_access_block"], msg) if {
	some r in lib.resources("aws.s3.bucket")
	r.source == "aws"
	r.properties.public_access_block == null
	msg := concat("", ["S3 bucket '", r.name, "' has no public access block."])
}

deny contains lib.result(r, ["properties", "public_access_block"], msg) if {
	some r in lib.resources("aws.s3.bucket")
	block := r.properties.public_access_block
	off := [name | some name in flags; lib.is_false(block[name])]
	count(off) > 0
	msg := concat("", ["S3 bucket '", r.name, "' turns off public access block settings: ", concat(", ", off), "."])
}
