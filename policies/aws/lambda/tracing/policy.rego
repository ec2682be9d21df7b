# METADATA
# title: Lambda function has X-Ray tracing off
# description: >-
#   Without active tracing, requests through the function leave no X-Ray trace, which makes
#   latency, errors and unexpected downstream calls hard to investigate.
# custom:
#   id: PAL-LAMBDA-006
#   severity: low
#   category: logging
#   cwe: none
#   remediation: >-
#     Set `TracingConfig: {Mode: Active}` and allow the role `xray:PutTraceSegments`; in CDK
#     `tracing: lambda.Tracing.ACTIVE`.
#   frameworks:
#     nist-800-53: [AU-12, SI-4]
#     soc2: [CC7.2]
#   resource_types: [aws.lambda.function]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.lambda.tracing

import data.palisade.lib

deny contains lib.result(r, ["properties", "tracing"], msg) if {
	some r in lib.resources("aws.lambda.function")
	off(r.properties.tracing)
	msg := concat("", ["Lambda function '", r.name, "' does not have active X-Ray tracing."])
}

off(null)

off("PassThrough")
