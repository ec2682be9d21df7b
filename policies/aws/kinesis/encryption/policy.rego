# METADATA
# title: Kinesis data stream is not encrypted at rest
# description: >-
#   Records are stored unencrypted in the stream's shards for its whole retention period (24
#   hours to a year). A stream is only encrypted when `StreamEncryption` asks for KMS; the
#   AWS managed key `alias/aws/kinesis` is enough to pass.
# custom:
#   id: PAL-KIN-001
#   severity: medium
#   category: encryption
#   cwe: CWE-311
#   remediation: >-
#     CloudFormation: `StreamEncryption: {EncryptionType: KMS, KeyId: alias/aws/kinesis}` (or a
#     customer managed key). CDK: `new kinesis.Stream(this, 'Events', { encryption:
#     kinesis.StreamEncryption.KMS, encryptionKey })` (or `StreamEncryption.MANAGED`, CDK's default).
#   frameworks:
#     nist-800-53: [SC-28]
#     pci-dss: ["3.5.1"]
#     soc2: [CC6.1]
#     fsbp: [Kinesis.1]
#   resource_types: [aws.kinesis.stream]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.kinesis.encryption

import data.palisade.lib

deny contains lib.result(r, ["properties", "encryption", "type"], msg) if {
	some r in lib.resources("aws.kinesis.stream")
	t := r.properties.encryption.type
	is_string(t)
	upper(t) == "NONE"
	msg := concat("", ["Kinesis stream '", r.name, "' is not encrypted at rest."])
}
