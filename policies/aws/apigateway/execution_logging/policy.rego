# METADATA
# title: API Gateway REST API stage has execution logging off
# description: >-
#   Without a `LoggingLevel` of ERROR or INFO in the stage's method settings, API Gateway writes
#   no execution logs: authorizer failures, integration errors and throttling on the stage leave
#   nothing to investigate. Judged on REST API stages from templates; HTTP APIs have no execution
#   logs, and AWS Config items do not list method settings in the published schema.
# custom:
#   id: PAL-APIGW-004
#   severity: medium
#   category: logging
#   cwe: CWE-778
#   remediation: >-
#     Add `MethodSettings: [{ResourcePath: "/*", HttpMethod: "*", LoggingLevel: ERROR}]` to the
#     stage (or `StageDescription.LoggingLevel` on the deployment), with an account-level
#     CloudWatch role; in CDK `deployOptions: { loggingLevel: apigateway.MethodLoggingLevel.ERROR }`.
#   frameworks:
#     nist-800-53: [AU-2, AU-12]
#     soc2: [CC7.2]
#     pci-dss: ["10.2.1"]
#     fsbp: [APIGateway.1]
#   resource_types: [aws.apigateway.stage]
#   sources: [cloudformation, cdk]
package palisade.rules.aws.apigateway.execution_logging

import data.palisade.lib

deny contains lib.result(r, ["properties", "execution_logging"], msg) if {
	some r in lib.resources("aws.apigateway.stage")
	object.get(r.properties, "api_version", "v1") == "v1"
	off(r.properties.execution_logging)
	msg := concat("", ["API Gateway stage '", r.name, "' has execution logging off."])
}

off(null)

off("OFF")
