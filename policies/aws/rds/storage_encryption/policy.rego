# METADATA
# title: RDS storage is not encrypted
# description: >-
#   The database instance or cluster stores data, logs, backups and snapshots unencrypted.
#   Encryption cannot be turned on later without a snapshot-and-restore migration.
#   Instances of a DB cluster take encryption from the cluster, which is judged instead.
# custom:
#   id: PAL-RDS-001
#   severity: high
#   category: encryption
#   cwe: CWE-311
#   remediation: >-
#     Set `StorageEncrypted: true` (with a customer managed `KmsKeyId`); in CDK
#     `storageEncrypted: true`.
#   frameworks:
#     cis-aws: ["2.3.1"]
#     nist-800-53: [SC-28]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: [CC6.1]
#     fsbp: [RDS.3, RDS.27]
#   resource_types: [aws.rds.instance, aws.rds.cluster]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.rds.storage_encryption

import data.palisade.lib
import data.palisade.lib.aws

deny contains lib.result(r, ["properties", "storage_encrypted"], msg) if {
	some r in aws.rds_databases
	lib.is_false(r.properties.storage_encrypted)
	msg := concat("", ["RDS database '", r.name, "' does not encrypt its storage."])
}
