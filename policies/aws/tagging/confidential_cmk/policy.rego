# METADATA
# title: Confidential data is not encrypted with a customer managed KMS key
# description: >-
#   The resource is tagged as holding confidential data (`DataClassification: confidential`,
#   `restricted` or `secret`, or the key and values `tags.classification` configures), and its
#   data is encrypted with an AWS owned or AWS managed key (SSE-S3, `alias/aws/...`, the
#   service default) or not at all. Only a customer managed key has a key policy that decides
#   who may decrypt, can be disabled in an incident, and logs every use.
# custom:
#   id: PAL-TAG-006
#   severity: high
#   category: encryption
#   cwe: none
#   remediation: >-
#     Create a customer managed key (`new kms.Key(this, 'DataKey', { enableKeyRotation: true })`)
#     and use it: S3 `SSEAlgorithm: aws:kms` with `KMSMasterKeyID`, DynamoDB `SSESpecification`
#     with `KMSMasterKeyId`, SQS/SNS `KmsMasterKeyId`, log groups, RDS, Kinesis, EFS and Secrets
#     Manager `KmsKeyId`.
#   frameworks:
#     nist-800-53: [SC-12, SC-28]
#     pci-dss: ["3.6.1"]
#   resource_types:
#     - aws.s3.bucket
#     - aws.dynamodb.table
#     - aws.sqs.queue
#     - aws.sns.topic
#     - aws.logs.log_group
#     - aws.rds.instance
#     - aws.rds.cluster
#     - aws.kinesis.stream
#     - aws.efs.file_system
#     - aws.secretsmanager.secret
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.tagging.confidential_cmk

import data.palisade.lib
import data.palisade.lib.tags

# Where each type names its key.
key_path := {
	"aws.s3.bucket": ["properties", "encryption", "kms_key_id"],
	"aws.sqs.queue": ["properties", "encryption", "kms_key_id"],
	"aws.sns.topic": ["properties", "kms_key_id"],
	"aws.logs.log_group": ["properties", "kms_key_id"],
	"aws.rds.instance": ["properties", "kms_key_id"],
	"aws.rds.cluster": ["properties", "kms_key_id"],
	"aws.kinesis.stream": ["properties", "encryption", "kms_key_id"],
	"aws.efs.file_system": ["properties", "kms_key_id"],
	"aws.secretsmanager.secret": ["properties", "kms_key_id"],
}

deny contains lib.result(r, path, msg) if {
	some t, path in key_path
	some r in lib.resources(t)
	tags.confidential(r)
	not customer_key(r, object.get(r, path, null))
	not unknown_encryption(r)
	msg := concat("", [r.name, " is tagged ", tags.classification_key, " confidential but is not encrypted with a customer managed KMS key."])
}

deny contains lib.result(r, ["properties", "encryption", "customer_managed"], msg) if {
	some r in lib.resources("aws.dynamodb.table")
	tags.confidential(r)
	lib.is_false(r.properties.encryption.customer_managed)
	msg := concat("", [r.name, " is tagged ", tags.classification_key, " confidential but is not encrypted with a customer managed KMS key."])
}

# A key id, ARN or alias that is not an AWS managed alias (alias/aws/<service>).
customer_key(_, id) if lib.is_unknown(id)

customer_key(r, id) if {
	is_string(id)
	id != ""
	not contains(id, "alias/aws/")
	kms_algorithm(r)
}

# S3 uses the key only with aws:kms (or aws:kms:dsse); other types always use a key they name.
kms_algorithm(r) if r.type != "aws.s3.bucket"

kms_algorithm(r) if startswith(lower(r.properties.encryption.algorithm), "aws:kms")

kms_algorithm(r) if lib.is_unknown(r.properties.encryption.algorithm)

unknown_encryption(r) if lib.is_unknown(r.properties.encryption)

unknown_encryption(r) if lib.is_unknown(r.properties.storage_encrypted)

unknown_encryption(r) if lib.is_unknown(r.properties.encrypted)
