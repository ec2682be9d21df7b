# METADATA
# title: ECR repository is not encrypted with KMS
# description: >-
#   By default (`EncryptionType: AES256`) images are encrypted with keys ECR manages: access to
#   the image layers cannot be restricted or audited through a key policy and CloudTrail.
#   `KMS` with a customer managed key gives those controls.
# custom:
#   id: PAL-ECR-005
#   severity: low
#   category: encryption
#   cwe: none
#   remediation: >-
#     Set `EncryptionConfiguration: { EncryptionType: KMS, KmsKey: <key ARN> }` (encryption is
#     chosen at creation); in CDK `encryption: ecr.RepositoryEncryption.KMS, encryptionKey: key`.
#   frameworks:
#     nist-800-53: [SC-12, SC-28]
#     soc2: [CC6.1]
#   resource_types: [aws.ecr.repository]
#   sources: [cloudformation, cdk]
package palisade.rules.aws.ecr.kms_encryption

import data.palisade.lib

deny contains lib.result(r, ["properties", "encryption", "type"], msg) if {
	some r in lib.resources("aws.ecr.repository")
	r.properties.encryption.type == "AES256"
	msg := concat("", ["ECR repository '", r.name, "' is encrypted with ECR's own keys (AES256), not KMS."])
}
