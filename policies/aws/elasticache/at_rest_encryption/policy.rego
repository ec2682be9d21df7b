# METADATA
# title: ElastiCache replication group is not encrypted at rest
# description: >-
#   Cached data, swap and backups of the replication group are stored unencrypted. At-rest
#   encryption can only be set when the group is created.
# custom:
#   id: PAL-EC-001
#   severity: high
#   category: encryption
#   cwe: CWE-311
#   remediation: >-
#     Set `AtRestEncryptionEnabled: true` (with a customer managed `KmsKeyId`) and replace the
#     group.
#   frameworks:
#     nist-800-53: [SC-28]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: [CC6.1]
#     fsbp: [ElastiCache.4]
#   resource_types: [aws.elasticache.replication_group]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.elasticache.at_rest_encryption

import data.palisade.lib

deny contains lib.result(r, ["properties", "at_rest_encryption"], msg) if {
	some r in lib.resources("aws.elasticache.replication_group")
	lib.is_false(r.properties.at_rest_encryption)
	msg := concat("", ["ElastiCache replication group '", r.name, "' is not encrypted at rest."])
}
