# METADATA
# title: Lambda function has no reserved concurrency
# description: >-
#   Without `ReservedConcurrentExecutions` a function shares the account's regional concurrency
#   pool: a burst (or a loop, or a flood of requests) on one function throttles every other
#   function of the account, and nothing caps what a runaway function costs.
# custom:
#   id: PAL-LAMBDA-008
#   severity: low
#   category: reliability
#   cwe: CWE-770
#   remediation: >-
#     Set `ReservedConcurrentExecutions` to the most the function should run at once; in CDK
#     `reservedConcurrentExecutions: 10`.
#   frameworks:
#     nist-800-53: [SC-5]
#     soc2: [A1.1]
#   resource_types: [aws.lambda.function]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.lambda.reserved_concurrency

import data.palisade.lib

deny contains lib.result(r, ["properties", "reserved_concurrency"], msg) if {
	some r in lib.resources("aws.lambda.function")
	r.properties.reserved_concurrency == null
	msg := concat("", ["Lambda function '", r.name, "' has no reserved concurrency."])
}
