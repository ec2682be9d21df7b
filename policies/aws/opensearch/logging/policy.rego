# METADATA
# title: OpenSearch domain does not publish audit or error logs
# description: >-
#   Audit logs record who accessed which indices and documents; application (error) logs record
#   cluster failures. Without them, misuse and outages of the domain leave no trace in
#   CloudWatch Logs. Audit logs need fine-grained access control (PAL-OS-006).
# custom:
#   id: PAL-OS-005
#   severity: medium
#   category: logging
#   cwe: CWE-778
#   remediation: >-
#     Add `LogPublishingOptions` for `AUDIT_LOGS` and `ES_APPLICATION_LOGS` with a
#     `CloudWatchLogsLogGroupArn`; in CDK `logging: {auditLogEnabled: true, appLogEnabled: true}`.
#   frameworks:
#     nist-800-53: [AU-2, AU-12]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: [CC7.2]
#     fsbp: [Opensearch.4, Opensearch.5]
#   resource_types: [aws.opensearch.domain]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.opensearch.logging

import data.palisade.lib

log_types := ["audit", "application"]

deny contains lib.result(r, ["properties", "logging"], msg) if {
	some r in lib.resources("aws.opensearch.domain")
	missing := [t | some t in log_types; lib.is_false(r.properties.logging[t])]
	count(missing) > 0
	msg := concat("", ["OpenSearch domain '", r.name, "' does not publish ", concat(" or ", missing), " logs."])
}
