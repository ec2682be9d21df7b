# METADATA
# title: DocumentDB cluster does not export audit logs
# description: >-
#   Without `audit` in `EnableCloudwatchLogsExports` the cluster's authentication attempts,
#   user and role changes and DDL operations are not sent to CloudWatch Logs: failed logins
#   and privilege changes on the database leave no record outside it. (The cluster parameter
#   group must also set `audit_logs` to enabled.)
# custom:
#   id: PAL-DOCDB-002
#   severity: medium
#   category: logging
#   cwe: CWE-778
#   remediation: >-
#     Add `audit` to `EnableCloudwatchLogsExports` and set `audit_logs: enabled` in the
#     cluster's `AWS::DocDB::DBClusterParameterGroup`; in CDK `exportAuditLogsToCloudWatch:
#     true` on `docdb.DatabaseCluster`.
#   frameworks:
#     nist-800-53: [AU-2, AU-12]
#     pci-dss: ["10.2.1"]
#     soc2: [CC7.2]
#     fsbp: [DocumentDB.4]
#   resource_types: [aws.docdb.cluster]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.docdb.audit_logs

import data.palisade.lib

deny contains lib.result(r, ["properties", "log_exports"], msg) if {
	some r in lib.resources("aws.docdb.cluster")
	exports := r.properties.log_exports
	not "audit" in exports
	not unknown_entry(exports)
	msg := concat("", ["DocumentDB cluster '", r.name, "' does not export its audit log to CloudWatch Logs."])
}

unknown_entry(exports) if {
	some e in exports
	lib.is_unknown(e)
}
