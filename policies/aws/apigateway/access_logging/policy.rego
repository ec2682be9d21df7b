# METADATA
# title: API Gateway stage has no access logging
# description: >-
#   Without access logs there is no record of who called which route, from where, and with
#   what result: abuse and incidents on the API cannot be investigated.
# custom:
#   id: PAL-APIGW-001
#   severity: medium
#   category: logging
#   cwe: CWE-778
#   remediation: >-
#     Set `AccessLogSetting` with a `DestinationArn` (a log group) and a `Format`; in CDK
#     `deployOptions: {accessLogDestination, accessLogFormat}`.
#   frameworks:
#     nist-800-53: [AU-2, AU-12]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: [CC7.2]
#     fsbp: [APIGateway.9]
#   resource_types: [aws.apigateway.stage]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.apigateway.access_logging

import data.palisade.lib

deny contains lib.result(r, ["properties", "access_logging"], msg) if {
	some r in lib.resources("aws.apigateway.stage")
	lib.is_false(r.properties.access_logging)
	msg := concat("", ["API Gateway stage '", r.name, "' has no access logging."])
}
