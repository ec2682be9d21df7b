# METADATA
# title: RDS database has no deletion protection
# description: >-
#   Without deletion protection, one API call or a stack change that replaces the resource
#   deletes the database. Instances of a DB cluster take the setting from the cluster, which
#   is judged instead; read replicas hold a copy of their source and are not reported.
# custom:
#   id: PAL-RDS-004
#   severity: low
#   category: reliability
#   cwe: none
#   remediation: >-
#     Set `DeletionProtection: true` (and `DeletionPolicy: Snapshot` on the resource); in CDK
#     `deletionProtection: true`.
#   frameworks:
#     nist-800-53: [CP-9]
#     fsbp: [RDS.8, RDS.7]
#   resource_types: [aws.rds.instance, aws.rds.cluster]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.rds.deletion_protection

import data.palisade.lib
import data.palisade.lib.aws

deny contains lib.result(r, ["properties", "deletion_protection"], msg) if {
	some r in aws.rds_databases
	not aws.rds_replica(r)
	lib.is_false(r.properties.deletion_protection)
	msg := concat("", ["RDS database '", r.name, "' has no deletion protection."])
}
