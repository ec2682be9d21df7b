# METADATA
# title: Amazon MQ broker is not encrypted with a customer managed key
# description: >-
#   By default (`UseAwsOwnedKey: true`) the broker's data is encrypted with a key AWS owns: the
#   account cannot restrict who may decrypt it, cannot audit its use in CloudTrail and cannot
#   revoke it. A customer managed KMS key gives those controls.
# custom:
#   id: PAL-MQ-004
#   severity: low
#   category: encryption
#   cwe: none
#   remediation: >-
#     Set `EncryptionOptions: { UseAwsOwnedKey: false, KmsKeyId: <key ARN> }`; in CDK
#     `encryptionOptions: { useAwsOwnedKey: false, kmsKeyId: key.keyArn }` on `mq.CfnBroker`.
#   frameworks:
#     nist-800-53: [SC-12, SC-28]
#     soc2: [CC6.1]
#   resource_types: [aws.mq.broker]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.mq.customer_managed_key

import data.palisade.lib

deny contains lib.result(r, ["properties", "encryption", "use_aws_owned_key"], msg) if {
	some r in lib.resources("aws.mq.broker")
	r.properties.encryption.use_aws_owned_key == true
	msg := concat("", ["Amazon MQ broker '", r.name, "' is encrypted with an AWS owned key, not a customer managed one."])
}

# Without KmsKeyId, UseAwsOwnedKey false means the AWS managed key aws/mq.
deny contains lib.result(r, ["properties", "encryption", "kms_key_id"], msg) if {
	some r in lib.resources("aws.mq.broker")
	lib.is_false(r.properties.encryption.use_aws_owned_key)
	r.properties.encryption.kms_key_id == null
	msg := concat("", ["Amazon MQ broker '", r.name, "' is encrypted with the AWS managed key, not a customer managed one."])
}
