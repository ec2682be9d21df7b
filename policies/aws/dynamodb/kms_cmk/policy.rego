# METADATA
# title: DynamoDB table is not encrypted with a customer managed key
# description: >-
#   DynamoDB always encrypts at rest, but with an AWS owned or AWS managed key the account
#   cannot restrict who may decrypt through a key policy, audit key use per caller, or revoke
#   access by disabling the key.
# custom:
#   id: PAL-DDB-002
#   severity: low
#   category: encryption
#   cwe: none
#   remediation: >-
#     Set `SSESpecification: {SSEEnabled: true, SSEType: KMS, KMSMasterKeyId: <key>}`; in CDK
#     `encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED` with `encryptionKey`.
#   frameworks:
#     nist-800-53: [SC-12, SC-28]
#     pci-dss: ["3.6.1"]
#   resource_types: [aws.dynamodb.table]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.dynamodb.kms_cmk

import data.palisade.lib

deny contains lib.result(r, ["properties", "encryption", "customer_managed"], msg) if {
	some r in lib.resources("aws.dynamodb.table")
	lib.is_false(r.properties.encryption.customer_managed)
	msg := concat("", ["DynamoDB table '", r.name, "' is not encrypted with a customer managed KMS key."])
}
