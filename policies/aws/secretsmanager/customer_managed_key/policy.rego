# METADATA
# title: Secrets Manager secret is not encrypted with a customer managed key
# description: >-
#   Without `KmsKeyId` the secret is encrypted with the AWS managed key `aws/secretsmanager`,
#   whose key policy lets every principal of the account with Secrets Manager access decrypt it:
#   access cannot be narrowed in the key policy, the key cannot be shared with another account,
#   and it cannot be disabled to cut access in an incident.
# custom:
#   id: PAL-SM-001
#   severity: low
#   category: encryption
#   cwe: none
#   remediation: >-
#     CloudFormation: `KmsKeyId: !Ref SecretsKey` (an AWS::KMS::Key with rotation on). CDK:
#     `new secretsmanager.Secret(this, 'Secret', { encryptionKey: new kms.Key(this, 'SecretsKey', { enableKeyRotation: true }) })`.
#   frameworks:
#     nist-800-53: [SC-12, SC-28]
#     pci-dss: ["3.6.1"]
#     soc2: [CC6.1]
#   resource_types: [aws.secretsmanager.secret]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.secretsmanager.customer_managed_key

import data.palisade.lib

deny contains lib.result(r, ["properties", "customer_managed_key"], msg) if {
	some r in lib.resources("aws.secretsmanager.secret")
	lib.is_false(r.properties.customer_managed_key)
	msg := concat("", ["Secrets Manager secret '", r.name, "' is encrypted with the AWS managed key, not a customer managed key."])
}
