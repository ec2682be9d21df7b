# METADATA
# title: SNS topic is not encrypted with KMS
# description: >-
#   Without `KmsMasterKeyId`, messages published to the topic are stored without server-side
#   encryption while they wait for delivery.
# custom:
#   id: PAL-SNS-001
#   severity: medium
#   category: encryption
#   cwe: CWE-311
#   remediation: >-
#     Set `KmsMasterKeyId` (a customer managed key whose policy allows the publishers and
#     subscribers' services); in CDK `masterKey`.
#   frameworks:
#     nist-800-53: [SC-28]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: [CC6.1]
#     fsbp: [SNS.1]
#   resource_types: [aws.sns.topic]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.sns.kms_encryption

import data.palisade.lib

deny contains lib.result(r, ["properties", "kms_key_id"], msg) if {
	some r in lib.resources("aws.sns.topic")
	r.properties.kms_key_id == null
	msg := concat("", ["SNS topic '", r.name, "' is not encrypted with a KMS key."])
}
