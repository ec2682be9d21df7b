# METADATA
# title: CloudWatch log group is not encrypted with KMS
# description: >-
#   Log events are encrypted with CloudWatch-managed keys only: anyone allowed to read the log
#   group reads its contents, with no key policy to separate who may decrypt.
# custom:
#   id: PAL-LOGS-002
#   severity: low
#   category: encryption
#   cwe: none
#   remediation: >-
#     Set `KmsKeyId` to a customer managed key whose policy allows the CloudWatch Logs service
#     principal of the region; in CDK `encryptionKey`.
#   frameworks:
#     nist-800-53: [AU-9, SC-28]
#   resource_types: [aws.logs.log_group]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.logs.kms_encryption

import data.palisade.lib

deny contains lib.result(r, ["properties", "kms_key_id"], msg) if {
	some r in lib.resources("aws.logs.log_group")
	r.properties.kms_key_id == null
	msg := concat("", ["Log group '", r.name, "' is not encrypted with a KMS key."])
}
