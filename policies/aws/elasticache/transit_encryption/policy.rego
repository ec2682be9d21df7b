# METADATA
# title: ElastiCache replication group does not encrypt traffic
# description: >-
#   Clients and replicas talk to the group in plain text: cached data, and the AUTH token if
#   one is used, can be read by anyone able to capture traffic in the VPC.
# custom:
#   id: PAL-EC-002
#   severity: high
#   category: encryption
#   cwe: CWE-319
#   remediation: >-
#     Set `TransitEncryptionEnabled: true` (use `TransitEncryptionMode: preferred` while clients
#     migrate, then `required`).
#   frameworks:
#     nist-800-53: [SC-8]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: [CC6.7]
#     fsbp: [ElastiCache.5]
#   resource_types: [aws.elasticache.replication_group]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.elasticache.transit_encryption

import data.palisade.lib

deny contains lib.result(r, ["properties", "transit_encryption"], msg) if {
	some r in lib.resources("aws.elasticache.replication_group")
	lib.is_false(r.properties.transit_encryption)
	msg := concat("", ["ElastiCache replication group '", r.name, "' does not encrypt traffic in transit."])
}
