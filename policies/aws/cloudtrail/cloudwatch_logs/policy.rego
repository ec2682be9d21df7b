# METADATA
# title: CloudTrail trail does not send events to CloudWatch Logs
# description: >-
#   Events that only land in S3 cannot drive metric filters and alarms: root logins, policy
#   changes or disabled trails go unnoticed until someone reads the files.
# custom:
#   id: PAL-CT-004
#   severity: low
#   category: logging
#   remediation: >-
#     Set `CloudWatchLogsLogGroupArn` and `CloudWatchLogsRoleArn`; in CDK
#     `sendToCloudWatchLogs: true`.
#   frameworks:
#     nist-800-53: [AU-6]
#     soc2: [CC7.2]
#   resource_types: [aws.cloudtrail.trail]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.cloudtrail.cloudwatch_logs

import data.palisade.lib

deny contains lib.result(r, ["properties", "cloudwatch_logs_log_group"], msg) if {
	some r in lib.resources("aws.cloudtrail.trail")
	r.properties.cloudwatch_logs_log_group == null
	msg := concat("", ["CloudTrail trail '", r.name, "' does not send events to CloudWatch Logs."])
}
