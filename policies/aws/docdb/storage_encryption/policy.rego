# METADATA
# title: DocumentDB cluster storage is not encrypted
# description: >-
#   A DocumentDB cluster created without `StorageEncrypted: true` (the default is false) keeps
#   its documents, indexes, backups and snapshots unencrypted, and encryption cannot be turned
#   on later without restoring into a new cluster. A cluster restored from a snapshot inherits
#   the snapshot's encryption and is not judged on what the template omits.
# custom:
#   id: PAL-DOCDB-001
#   severity: high
#   category: encryption
#   cwe: CWE-311
#   remediation: >-
#     Set `StorageEncrypted: true` (and `KmsKeyId` for a customer managed key); in CDK
#     `new docdb.DatabaseCluster(this, 'Db', { storageEncrypted: true, kmsKey, ... })`.
#   frameworks:
#     nist-800-53: [SC-28, SC-28(1)]
#     pci-dss: ["3.5.1"]
#     soc2: [CC6.1]
#     hipaa: [164.312(a)(2)(iv)]
#     fsbp: [DocumentDB.1]
#   resource_types: [aws.docdb.cluster]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.docdb.storage_encryption

import data.palisade.lib

deny contains lib.result(r, ["properties", "storage_encrypted"], msg) if {
	some r in lib.resources("aws.docdb.cluster")
	lib.is_false(r.properties.storage_encrypted)
	msg := concat("", ["DocumentDB cluster '", r.name, "' does not encrypt its storage."])
}
