# METADATA
# title: Lambda function's log group keeps logs forever
# description: >-
#   The function declares no log group, so Lambda creates `/aws/lambda/<name>` on first run with
#   no retention: logs (which often carry request data) pile up forever and cost grows without
#   bound. Declared log groups are judged by PAL-LOGS-001; the retention CDK's `logRetention`
#   sets (a `Custom::LogRetention` naming the function's log group) counts as a declaration.
# custom:
#   id: PAL-LAMBDA-005
#   severity: low
#   category: logging
#   cwe: none
#   remediation: >-
#     Declare the log group (`AWS::Logs::LogGroup` named `/aws/lambda/<function>`, or
#     `LoggingConfig.LogGroup`) with `RetentionInDays`; in CDK pass `logGroup` with `retention`
#     (or the older `logRetention`).
#   frameworks:
#     nist-800-53: [AU-11]
#   resource_types: [aws.lambda.function]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.lambda.log_retention

import data.palisade.lib

deny contains lib.result(r, ["properties", "log_group"], msg) if {
	some r in lib.resources("aws.lambda.function")
	r.properties.log_group == null
	msg := concat("", ["Lambda function '", r.name, "' has no declared log group: its logs never expire."])
}
