# METADATA
# title: SNS topic policy allows public access
# description: >-
#   A topic policy statement allows everyone without a condition that narrows the caller (such
#   as `aws:SourceOwner`, `aws:SourceAccount` or `aws:SourceArn`): any AWS account can publish
#   to or subscribe to the topic, as far as the statement's actions go.
# custom:
#   id: PAL-SNS-002
#   severity: critical
#   category: access
#   cwe: CWE-732
#   remediation: >-
#     Name the publishing accounts or services, and for service principals add an
#     `aws:SourceArn` or `aws:SourceAccount` condition.
#   frameworks:
#     nist-800-53: [AC-3, AC-6]
#     soc2: [CC6.1]
#     fsbp: [SNS.4]
#   resource_types: [aws.sns.topic]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.sns.public_policy

import data.palisade.lib
import data.palisade.lib.aws

deny contains lib.result(r, ["properties", "policy", "statements", j, "principal"], msg) if {
	some r in lib.resources("aws.sns.topic")
	some j in aws.public_statements(r.properties.policy)
	msg := concat("", ["SNS topic '", r.name, "' has a policy statement that allows public access."])
}
