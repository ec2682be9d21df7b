# METADATA
# title: RDS database instance is not Multi-AZ
# description: >-
#   A single-AZ instance is down for the length of an Availability Zone outage, a host failure
#   or a storage failure, and restoring from backups loses the changes since the last one. Aurora
#   instances and Multi-AZ DB clusters keep copies in several zones and are not reported; nor
#   are read replicas, whose source is the database to protect.
# custom:
#   id: PAL-RDS-007
#   severity: low
#   category: reliability
#   cwe: none
#   remediation: >-
#     Set `MultiAZ: true` on the instance (or use an Aurora or Multi-AZ DB cluster); in CDK
#     `new rds.DatabaseInstance(this, 'Db', { multiAz: true, ... })`.
#   frameworks:
#     nist-800-53: [CP-10, SC-36]
#     soc2: [A1.2]
#     fsbp: [RDS.5]
#   resource_types: [aws.rds.instance]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.rds.multi_az

import data.palisade.lib
import data.palisade.lib.aws

deny contains lib.result(r, ["properties", "multi_az"], msg) if {
	some r in aws.rds_databases
	r.type == "aws.rds.instance"
	not aws.rds_replica(r)
	lib.is_false(r.properties.multi_az)
	msg := concat("", ["RDS database instance '", r.name, "' runs in a single Availability Zone."])
}
