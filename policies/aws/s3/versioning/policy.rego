# METADATA
# title: S3 bucket versioning is not enabled
# description: >-
#   Without versioning, an overwritten or deleted object is gone: a mistaken or malicious write
#   (ransomware, a bad deploy) cannot be rolled back.
# custom:
#   id: PAL-S3-007
#   severity: medium
#   category: reliability
#   cwe: none
#   remediation: >-
#     Set `VersioningConfiguration: {Status: Enabled}` and a lifecycle rule expiring noncurrent
#     versions; in CDK `versioned: true`.
#   frameworks:
#     nist-800-53: [CP-9, CP-10]
#     soc2: [A1.2]
#   resource_types: [aws.s3.bucket]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.s3.versioning

import data.palisade.lib

deny contains lib.result(r, ["properties", "versioning"], msg) if {
	some r in lib.resources("aws.s3.bucket")
	lib.is_false(r.properties.versioning.enabled)
	msg := concat("", ["S3 bucket '", r.name, "' does not have versioning enabled."])
}
