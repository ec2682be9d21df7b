# METADATA
# title: RDS database does not copy its tags to snapshots
# description: >-
#   Snapshots taken without the database's tags carry no owner, environment or data
#   classification: tag-based access policies, backup plans and cost reports miss them, and
#   a snapshot of sensitive data cannot be told from any other. AWS's default is not to copy.
#   Instances of a cluster take the cluster's setting, which is judged instead.
# custom:
#   id: PAL-RDS-012
#   severity: low
#   category: tagging
#   cwe: none
#   remediation: >-
#     Set `CopyTagsToSnapshot: true` on the instance or cluster; in CDK `copyTagsToSnapshot:
#     true` on the `DatabaseInstance` or `DatabaseCluster`.
#   frameworks:
#     nist-800-53: [CM-8]
#     fsbp: [RDS.16, RDS.17]
#   resource_types: [aws.rds.instance, aws.rds.cluster]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.rds.copy_tags_to_snapshot

import data.palisade.lib
import data.palisade.lib.aws

deny contains lib.result(r, ["properties", "copy_tags_to_snapshot"], msg) if {
	some r in aws.rds_databases
	not aws.rds_replica(r)
	lib.is_false(r.properties.copy_tags_to_snapshot)
	msg := concat("", ["RDS database '", r.name, "' does not copy its tags to snapshots."])
}
