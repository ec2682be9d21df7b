# METADATA
# title: SQS queue policy allows public access
# description: >-
#   A queue policy statement allows everyone without a condition that narrows the caller, such
#   as `aws:SourceArn` for the topic or bucket that sends to it: any AWS account can send,
#   read or delete messages, as far as the statement's actions go.
# custom:
#   id: PAL-SQS-002
#   severity: critical
#   category: access
#   cwe: CWE-732
#   remediation: >-
#     Name the principals, or for service delivery (SNS, S3, EventBridge) use the service
#     principal with an `aws:SourceArn` condition; in CDK `topic.addSubscription` does this.
#   frameworks:
#     nist-800-53: [AC-3, AC-6]
#     soc2: [CC6.1]
#     fsbp: [SQS.3]
#   resource_types: [aws.sqs.queue]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.sqs.public_policy

import data.palisade.lib
import data.palisade.lib.aws

deny contains lib.result(r, ["properties", "policy", "statements", j, "principal"], msg) if {
	some r in lib.resources("aws.sqs.queue")
	some j in aws.public_statements(r.properties.policy)
	msg := concat("", ["SQS queue '", r.name, "' has a policy statement that allows public access."])
}
