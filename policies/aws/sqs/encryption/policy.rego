# METADATA
# title: SQS queue is not encrypted
# description: >-
#   The queue turns off server-side encryption (`SqsManagedSseEnabled: false` without a KMS
#   key): messages are stored in plain text.
# custom:
#   id: PAL-SQS-001
#   severity: medium
#   category: encryption
#   cwe: CWE-311
#   remediation: >-
#     Remove `SqsManagedSseEnabled: false`, or set `KmsMasterKeyId` to a customer managed key;
#     in CDK `encryption: sqs.QueueEncryption.KMS` (or `SQS_MANAGED`).
#   frameworks:
#     nist-800-53: [SC-28]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: [CC6.1]
#     fsbp: [SQS.1]
#   resource_types: [aws.sqs.queue]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.sqs.encryption

import data.palisade.lib

deny contains lib.result(r, ["properties", "encryption", "enabled"], msg) if {
	some r in lib.resources("aws.sqs.queue")
	lib.is_false(r.properties.encryption.enabled)
	msg := concat("", ["SQS queue '", r.name, "' is not encrypted at rest."])
}
