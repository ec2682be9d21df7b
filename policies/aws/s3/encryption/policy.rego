# METADATA
# title: S3 bucket has no default encryption
# description: >-
#   Objects written to a bucket without default encryption configured may be stored
#   unencrypted; the bucket's configuration does not enforce encryption at rest.
# custom:
#   id: PAL-S3-001
#   severity: high
#   category: encryption
#   remediation: >-
#     Configure default encryption (`BucketEncryption` with `aws:kms` or `AES256`;
#     in CDK `encryption: s3.BucketEncryption.KMS`).
#   frameworks:
#     nist-800-53: [SC-28]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: [CC6.1]
#   resource_types: [aws.s3.bucket]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.s3.encryption

import data.palisade.lib

deny contains lib.result(r, ["properties", "encryption"], msg) if {
	some r in lib.resources("aws.s3.bucket")
	lib.is_false(r.properties.encryption.configured)
	msg := concat("", ["S3 bucket '", r.name, "' has no default encryption."])
}
