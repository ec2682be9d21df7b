# METADATA
# title: CloudTrail logs are not encrypted with KMS
# description: >-
#   Trail log files are only encrypted with S3-managed keys: anyone who can read the log
#   bucket can read the account's activity. A KMS key adds a separate permission to decrypt
#   and a record of every use.
# custom:
#   id: PAL-CT-003
#   severity: medium
#   category: encryption
#   cwe: none
#   remediation: >-
#     Set `KMSKeyId` to a customer managed key whose policy allows CloudTrail to encrypt; in CDK
#     `encryptionKey`.
#   frameworks:
#     cis-aws: ["3.5"]
#     nist-800-53: [AU-9, SC-28]
#     fsbp: [CloudTrail.2]
#   resource_types: [aws.cloudtrail.trail]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.cloudtrail.kms_encryption

import data.palisade.lib

deny contains lib.result(r, ["properties", "kms_key_id"], msg) if {
	some r in lib.resources("aws.cloudtrail.trail")
	r.properties.kms_key_id in {null, ""}
	msg := concat("", ["CloudTrail trail '", r.name, "' does not encrypt its logs with a KMS key."])
}
