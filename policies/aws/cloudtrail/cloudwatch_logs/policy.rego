# METADATA
# title: CloudTrail trail does not send events to CloudWatch Logs
# description: >-
#   Events that only land in S3 cannot drive metric filters and alarms: root logins, policy
#   changes or disabled trails go unnoticed until someone reads the files. A log group without
#   the role CloudTrail assumes to write to it (`CloudWatchLogsRoleArn`) receives nothing.
# custom:
#   id: PAL-CT-004
#   severity: low
#   category: logging
#   cwe: CWE-778
#   remediation: >-
#     Set `CloudWatchLogsLogGroupArn` and `CloudWatchLogsRoleArn`; in CDK
#     `sendToCloudWatchLogs: true`.
#   frameworks:
#     nist-800-53: [AU-6]
#     soc2: [CC7.2]
#     fsbp: [CloudTrail.5]
#   resource_types: [aws.cloudtrail.trail]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.cloudtrail.cloudwatch_logs

import data.palisade.lib

deny contains lib.result(r, ["properties", "cloudwatch_logs_log_group"], msg) if {
	some r in lib.resources("aws.cloudtrail.trail")
	not_set(r.properties.cloudwatch_logs_log_group)
	msg := concat("", ["CloudTrail trail '", r.name, "' does not send events to CloudWatch Logs."])
}

deny contains lib.result(r, ["properties", "cloudwatch_logs_log_group"], msg) if {
	some r in lib.resources("aws.cloudtrail.trail")
	group := r.properties.cloudwatch_logs_log_group
	not not_set(group)

	# Sources that do not read the role leave the field out: not judged.
	"cloudwatch_logs_role" in object.keys(r.properties)
	not_set(r.properties.cloudwatch_logs_role)
	msg := concat("", ["CloudTrail trail '", r.name, "' names a CloudWatch Logs group but no role to deliver to it: nothing is sent."])
}

not_set(v) if v == null

not_set(v) if v == ""
