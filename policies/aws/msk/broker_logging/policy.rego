# METADATA
# title: MSK cluster does not deliver broker logs
# description: >-
#   Without `LoggingInfo.BrokerLogs` sent to CloudWatch Logs, Firehose or S3, the brokers'
#   logs (authentication failures, authorization denials, client connections) stay on the
#   brokers and are lost with them: misuse of the cluster cannot be investigated.
# custom:
#   id: PAL-MSK-004
#   severity: medium
#   category: logging
#   cwe: CWE-778
#   remediation: >-
#     Set `LoggingInfo.BrokerLogs.CloudWatchLogs: { Enabled: true, LogGroup: ... }` (or
#     Firehose or S3); in CDK (`@aws-cdk/aws-msk-alpha`) `logging: { cloudwatchLogGroup:
#     logGroup }`.
#   frameworks:
#     nist-800-53: [AU-2, AU-12]
#     pci-dss: ["10.2.1"]
#     soc2: [CC7.2]
#   resource_types: [aws.msk.cluster]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.msk.broker_logging

import data.palisade.lib

deny contains lib.result(r, ["properties", "broker_logs"], msg) if {
	some r in lib.resources("aws.msk.cluster")
	lib.is_false(r.properties.broker_logs)
	msg := concat("", ["MSK cluster '", r.name, "' does not deliver its broker logs anywhere."])
}
