# METADATA
# title: EKS cluster does not encrypt Kubernetes secrets with a customer managed KMS key
# description: >-
#   Without an `EncryptionConfig` for `secrets` naming a key of your own, Kubernetes Secrets
#   (service-account tokens, database passwords, TLS keys) are protected only by what EKS does
#   on its own: on Kubernetes 1.28 and later, envelope encryption of all Kubernetes API data with
#   an AWS owned key (and EBS encryption of etcd's disks before that). No key policy of yours
#   decides who may decrypt them, no CloudTrail entry records each use, and the key cannot be
#   disabled in an incident.
# custom:
#   id: PAL-EKS-002
#   severity: low
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
	msg := concat("", ["EKS cluster '", r.name, "' does not encrypt Kubernetes secrets with a customer managed KMS key."])
}
