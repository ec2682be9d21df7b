# METADATA
# title: Lambda function has no dead-letter queue
# description: >-
#   An asynchronous invocation (S3, SNS, EventBridge events) that fails all its retries is
#   dropped unless the function has a dead-letter queue (`DeadLetterConfig`): the event is lost
#   without a trace. On-failure destinations (`AWS::Lambda::EventInvokeConfig`) are not read
#   yet, so a function relying on one is reported too.
# custom:
#   id: PAL-LAMBDA-007
#   severity: low
#   category: reliability
#   cwe: none
#   remediation: >-
#     Set `DeadLetterConfig: {TargetArn: <SQS queue or SNS topic ARN>}` and allow the role to
#     send to it; in CDK `deadLetterQueueEnabled: true` or `deadLetterQueue: queue`.
#   frameworks:
#     nist-800-53: [SI-13]
#     soc2: [A1.2]
#   resource_types: [aws.lambda.function]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.lambda.dead_letter

import data.palisade.lib

deny contains lib.result(r, ["properties", "dead_letter"], msg) if {
	some r in lib.resources("aws.lambda.function")
	lib.is_false(r.properties.dead_letter)
	msg := concat("", ["Lambda function '", r.name, "' has no dead-letter queue for failed asynchronous invocations."])
}
