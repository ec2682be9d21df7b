# METADATA
# title: EKS cluster does not encrypt Kubernetes secrets with a KMS key
# description: >-
#   Without an `EncryptionConfig` for `secrets`, Kubernetes Secrets (service-account tokens,
#   database passwords, TLS keys) are stored in etcd protected only by EBS volume encryption:
#   anyone who can read etcd or its backups reads them, and access cannot be audited or revoked
#   through a key of your own.
# custom:
#   id: PAL-EKS-002
#   severity: medium
#   category: encryption
#   cwe: CWE-311
#   remediation: >-
#     CloudFormation: `EncryptionConfig: [{Provider: {KeyArn: !GetAtt Key.Arn}, Resources: [secrets]}]`.
#     CDK: `new eks.Cluster(this, 'Cluster', { secretsEncryptionKey: new kms.Key(this, 'Key', { enableKeyRotation: true }), ... })`.
#   frameworks:
#     nist-800-53: [SC-28, SC-12]
#     pci-dss: ["3.5.1"]
#     soc2: [CC6.1]
#   resource_types: [aws.eks.cluster]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.eks.secrets_encryption

import data.palisade.lib

deny contains lib.result(r, ["properties", "secrets_encryption"], msg) if {
	some r in lib.resources("aws.eks.cluster")
	lib.is_false(r.properties.secrets_encryption)
	msg := concat("", ["EKS cluster '", r.name, "' does not encrypt Kubernetes secrets with a KMS key."])
}
