# METADATA
# title: S3 bucket is not encrypted with KMS
# description: >-
#   The bucket's default encryption uses S3-managed keys (SSE-S3, `AES256`). Anyone allowed to
#   read the objects can decrypt them: there is no key policy to separate who may decrypt, and
#   no CloudTrail record of key use. Only a bucket that names SSE-S3 is reported: one that names
#   no encryption gets SSE-S3 from S3's default too, but states no choice to correct; buckets that
#   receive server access logs are not reported, since log delivery supports SSE-S3 only.
# custom:
#   id: PAL-S3-002
#   severity: low
#   category: encryption
#   cwe: none
#   remediation: >-
#     Set `SSEAlgorithm: aws:kms` with a customer managed `KMSMasterKeyID` (and `BucketKeyEnabled:
#     true` to keep KMS costs down); in CDK `encryption: s3.BucketEncryption.KMS`.
#   frameworks:
#     nist-800-53: [SC-12, SC-28]
#     pci-dss: ["3.6.1"]
#   resource_types: [aws.s3.bucket]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.s3.kms_encryption

import data.palisade.lib
import data.palisade.lib.aws

deny contains lib.result(r, ["properties", "encryption", "algorithm"], msg) if {
	some r in lib.resources("aws.s3.bucket")
	enc := r.properties.encryption
	enc.configured == true
	is_string(enc.algorithm)
	not startswith(lower(enc.algorithm), "aws:kms")
	not aws.s3_access_log_target(r)
	msg := concat("", ["S3 bucket '", r.name, "' is encrypted with S3-managed keys (", enc.algorithm, "), not KMS."])
}
