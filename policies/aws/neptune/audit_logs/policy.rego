# METADATA
# title: Neptune cluster does not export audit logs
# description: >-
#   Without `audit` in `EnableCloudwatchLogsExports` the queries and connections the cluster
#   serves are not sent to CloudWatch Logs: who read or changed the graph cannot be told after
#   the fact. (The cluster parameter group must also set `neptune_enable_audit_log` to 1.)
# custom:
#   id: PAL-NEP-002
#   severity: medium
#   category: logging
#   cwe: CWE-778
#   remediation: >-
#     Add `audit` to `EnableCloudwatchLogsExports` and set `neptune_enable_audit_log: 1` in the
#     cluster parameter group; in CDK (`@aws-cdk/aws-neptune-alpha`) `cloudwatchLogsExports:
#     [neptune.LogType.AUDIT]`.
#   frameworks:
#     nist-800-53: [AU-2, AU-12]
#     pci-dss: ["10.2.1"]
#     soc2: [CC7.2]
#     fsbp: [Neptune.2]
#   resource_types: [aws.neptune.cluster]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.neptune.audit_logs

import data.palisade.lib

deny contains lib.result(r, ["properties", "log_exports"], msg) if {
	some r in lib.resources("aws.neptune.cluster")
	exports := r.properties.log_exports
	not "audit" in exports
	not unknown_entry(exports)
	msg := concat("", ["Neptune cluster '", r.name, "' does not export its audit log to CloudWatch Logs."])
}

unknown_entry(exports) if {
	some e in exports
	lib.is_unknown(e)
}
