# METADATA
# title: Neptune cluster storage is not encrypted
# description: >-
#   A Neptune cluster created without `StorageEncrypted: true` (the default is false) keeps its
#   graph data, backups and snapshots unencrypted, and encryption cannot be turned on later
#   without restoring into a new cluster. A restored or cloned cluster inherits its source's
#   encryption and is not judged on what the template omits.
# custom:
#   id: PAL-NEP-001
#   severity: high
#   category: encryption
#   cwe: CWE-311
#   remediation: >-
#     Set `StorageEncrypted: true` (and `KmsKeyId` for a customer managed key); in CDK
#     (`@aws-cdk/aws-neptune-alpha`) `storageEncrypted: true` on `neptune.DatabaseCluster`.
#   frameworks:
#     nist-800-53: [SC-28, SC-28(1)]
#     pci-dss: ["3.5.1"]
#     soc2: [CC6.1]
#     fsbp: [Neptune.1]
#   resource_types: [aws.neptune.cluster]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.neptune.storage_encryption

import data.palisade.lib

deny contains lib.result(r, ["properties", "storage_encrypted"], msg) if {
	some r in lib.resources("aws.neptune.cluster")
	lib.is_false(r.properties.storage_encrypted)
	msg := concat("", ["Neptune cluster '", r.name, "' does not encrypt its storage."])
}
