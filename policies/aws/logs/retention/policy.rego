# METADATA
# title: CloudWatch log group keeps logs forever
# description: >-
#   A log group without `RetentionInDays` never expires its events: personal data in logs is
#   kept longer than any policy allows, and storage cost grows without bound.
# custom:
#   id: PAL-LOGS-001
#   severity: low
#   category: logging
#   cwe: none
#   remediation: >-
#     Set `RetentionInDays` to what your retention policy requires (e.g. 365 for audit logs);
#     in CDK `retention: logs.RetentionDays.ONE_YEAR`.
#   frameworks:
#     nist-800-53: [AU-11]
#     pci-dss: ["10.5.1"]
#   resource_types: [aws.logs.log_group]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.logs.retention

import data.palisade.lib

deny contains lib.result(r, ["properties", "retention_days"], msg) if {
	some r in lib.resources("aws.logs.log_group")
	r.properties.retention_days == null
	msg := concat("", ["Log group '", r.name, "' has no retention period: its events never expire."])
}
