# METADATA
# title: RDS database instance does not apply minor version upgrades
# description: >-
#   With `AutoMinorVersionUpgrade: false` the engine keeps its current minor version until
#   someone upgrades it by hand, so the security fixes AWS ships in minor versions are not
#   applied in the maintenance window. AWS's default is to apply them.
# custom:
#   id: PAL-RDS-010
#   severity: low
#   category: supply-chain
#   cwe: none
#   remediation: >-
#     Remove `AutoMinorVersionUpgrade: false` (or set it to true) and choose a
#     `PreferredMaintenanceWindow`; in CDK `autoMinorVersionUpgrade: true` on the
#     `DatabaseInstance` (or on each `ClusterInstance` of a `DatabaseCluster`).
#   frameworks:
#     nist-800-53: [SI-2]
#     pci-dss: ["6.3.3"]
#     soc2: [CC7.1]
#     fsbp: [RDS.13]
#     cis-aws: ["2.3.2"]
#   resource_types: [aws.rds.instance]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.rds.minor_version_upgrade

import data.palisade.lib

deny contains lib.result(r, ["properties", "auto_minor_version_upgrade"], msg) if {
	some r in lib.resources("aws.rds.instance")
	lib.is_false(r.properties.auto_minor_version_upgrade)
	msg := concat("", ["RDS database instance '", r.name, "' does not apply minor version upgrades automatically."])
}
