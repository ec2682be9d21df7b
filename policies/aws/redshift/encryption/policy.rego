# METADATA
# title: Redshift cluster is not encrypted at rest
# description: >-
#   The cluster's data blocks, system metadata and snapshots are stored unencrypted. New
#   clusters are encrypted by default since 2025, so this reports a template that turns
#   encryption off (`Encrypted: false`) or a live cluster created unencrypted before that.
# custom:
#   id: PAL-RS-001
#   severity: high
#   category: encryption
#   cwe: CWE-311
#   remediation: >-
#     CloudFormation: `Encrypted: true` (with `KmsKeyId` for a customer managed key). CDK
#     (@aws-cdk/aws-redshift-alpha): `new redshift.Cluster(this, 'Warehouse', { encrypted: true,
#     encryptionKey, ... })`, or `new redshift.CfnCluster(this, 'Warehouse', { encrypted: true, ... })`.
#   frameworks:
#     nist-800-53: [SC-28]
#     pci-dss: ["3.5.1"]
#     soc2: [CC6.1]
#     fsbp: [Redshift.10]
#   resource_types: [aws.redshift.cluster]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.redshift.encryption

import data.palisade.lib

deny contains lib.result(r, ["properties", "encrypted"], msg) if {
	some r in lib.resources("aws.redshift.cluster")
	lib.is_false(r.properties.encrypted)
	msg := concat("", ["Redshift cluster '", r.name, "' is not encrypted at rest."])
}
