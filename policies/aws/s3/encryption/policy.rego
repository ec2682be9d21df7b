# METADATA
# title: S3 bucket has no default encryption (deprecated)
# description: >-
#   Deprecated: since January 2023 S3 encrypts every object with SSE-S3 (AES-256) when a bucket
#   names no other default encryption, existing buckets included, so a bucket that omits
#   `BucketEncryption` is encrypted at rest and this rule no longer reports anything. Whether the
#   key is a customer-managed KMS key is PAL-S3-002's question. The id stays reserved so that
#   waivers and baselines naming it keep their meaning.
# custom:
#   id: PAL-S3-001
#   deprecated: true
#   severity: info
#   category: encryption
#   cwe: CWE-311
#   remediation: >-
#     Nothing to do for encryption at rest; for a customer-managed key see PAL-S3-002
#     (`BucketEncryption` with `aws:kms`; in CDK `encryption: s3.BucketEncryption.KMS`).
#   frameworks:
#     nist-800-53: [SC-28]
#   resource_types: [aws.s3.bucket]
#   sources: []
package palisade.rules.aws.s3.encryption

# Retired: S3's default encryption (SSE-S3) applies to every bucket, so nothing is reported.
deny := set()
