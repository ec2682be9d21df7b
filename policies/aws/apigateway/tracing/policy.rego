# METADATA
# title: API Gateway REST API stage has X-Ray tracing off
# description: >-
#   Without `TracingEnabled` requests through the REST API stage leave no X-Ray trace, so
#   latency, errors and unexpected calls to the integrations behind it are hard to follow.
#   HTTP and WebSocket APIs (v2) have no X-Ray tracing and are not reported.
# custom:
#   id: PAL-APIGW-003
#   severity: low
#   category: logging
#   cwe: none
#   remediation: >-
#     Set `TracingEnabled: true` on the stage (or `StageDescription` of the deployment); in CDK
#     `deployOptions: { tracingEnabled: true }`.
#   frameworks:
#     nist-800-53: [AU-12, SI-4]
#     soc2: [CC7.2]
#     fsbp: [APIGateway.3]
#   resource_types: [aws.apigateway.stage]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.apigateway.tracing

import data.palisade.lib

deny contains lib.result(r, ["properties", "tracing"], msg) if {
	some r in lib.resources("aws.apigateway.stage")
	object.get(r.properties, "api_version", "v1") == "v1"
	lib.is_false(r.properties.tracing)
	msg := concat("", ["API Gateway stage '", r.name, "' does not trace requests with X-Ray."])
}
