# METADATA
# title: RDS backups are kept less than 7 days
# description: >-
#   Automated backups kept for fewer than 7 days (the RDS default is 1 day; 0 turns backups
#   off) leave little time to notice corruption or deletion and restore from before it. Instances
#   of a DB cluster take backups from the cluster, which is judged instead; read replicas are
#   covered by their source's backups and are not reported.
# custom:
#   id: PAL-RDS-003
#   severity: medium
#   category: reliability
#   cwe: none
#   remediation: >-
#     Set `BackupRetentionPeriod` to 7 or more (up to 35); in CDK `backupRetention:
#     Duration.days(7)`.
#   frameworks:
#     nist-800-53: [CP-9]
#     hipaa: ["164.308(a)(7)(ii)(A)"]
#     soc2: [A1.2]
#     fsbp: [RDS.11]
#   resource_types: [aws.rds.instance, aws.rds.cluster]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.rds.backup_retention

import data.palisade.lib
import data.palisade.lib.aws

minimum := 7

# Not set: RDS keeps automated backups for 1 day.
deny contains lib.result(r, ["properties", "backup_retention_days"], msg) if {
	some r in aws.rds_databases
	not aws.rds_replica(r)
	r.properties.backup_retention_days == null
	msg := concat("", ["RDS database '", r.name, "' keeps backups for the default 1 day, less than 7."])
}

deny contains lib.result(r, ["properties", "backup_retention_days"], msg) if {
	some r in aws.rds_databases
	not aws.rds_replica(r)
	days := r.properties.backup_retention_days
	is_number(days)
	days < minimum
	msg := concat("", ["RDS database '", r.name, "' keeps backups for ", days_text(days), ", less than 7."])
}

days_text(1) := "1 day"

days_text(n) := concat("", [format_int(n, 10), " days"]) if n != 1
