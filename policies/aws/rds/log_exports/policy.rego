# METADATA
# title: RDS database exports no logs to CloudWatch Logs
# description: >-
#   Without `EnableCloudwatchLogsExports` the database's error, audit or PostgreSQL logs stay on
#   the instance, rotate away within days, and cannot drive alarms or be kept as evidence of who
#   connected and what failed.
# custom:
#   id: PAL-RDS-008
#   severity: low
#   category: logging
#   cwe: CWE-778
#   remediation: >-
#     Export the engine's logs (`EnableCloudwatchLogsExports: [postgresql]`, `[audit, error,
#     general, slowquery]` for MySQL); in CDK `cloudwatchLogsExports: ['postgresql']`.
#   frameworks:
#     nist-800-53: [AU-2, AU-12]
#     pci-dss: ["10.2.1"]
#     soc2: [CC7.2]
#     fsbp: [RDS.9]
#   resource_types: [aws.rds.instance, aws.rds.cluster]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.rds.log_exports

import data.palisade.lib
import data.palisade.lib.aws

deny contains lib.result(r, ["properties", "log_exports"], msg) if {
	some r in aws.rds_databases
	not aws.rds_replica(r)
	count(r.properties.log_exports) == 0
	msg := concat("", ["RDS database '", r.name, "' exports no logs to CloudWatch Logs."])
}
