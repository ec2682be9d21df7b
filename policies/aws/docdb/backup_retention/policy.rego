# METADATA
# title: DocumentDB cluster keeps backups less than 7 days
# description: >-
#   With `BackupRetentionPeriod` under 7 (the default is 1 day) a corruption, a bad migration or
#   a deletion noticed after a weekend can no longer be undone by a point-in-time restore.
# custom:
#   id: PAL-DOCDB-004
#   severity: medium
#   category: reliability
#   cwe: none
#   remediation: >-
#     Set `BackupRetentionPeriod: 7` or more; in CDK `backup: { retention: Duration.days(7) }`
#     on `docdb.DatabaseCluster`.
#   frameworks:
#     nist-800-53: [CP-9, CP-10]
#     soc2: [A1.2]
#     fsbp: [DocumentDB.2]
#   resource_types: [aws.docdb.cluster]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.docdb.backup_retention

import data.palisade.lib

deny contains lib.result(r, ["properties", "backup_retention_days"], msg) if {
	some r in lib.resources("aws.docdb.cluster")
	days := r.properties.backup_retention_days
	is_number(days)
	days < 7
	msg := concat("", ["DocumentDB cluster '", r.name, "' keeps backups for ", format_int(days, 10), " day(s), less than 7."])
}
