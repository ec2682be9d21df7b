# METADATA
# title: API Gateway method or route requires no authorization
# description: >-
#   A REST method or an HTTP/WebSocket route with `AuthorizationType: NONE` (the default) and no
#   API key lets anyone on the internet call the integration behind it. CORS preflight (`OPTIONS`)
#   methods are not reported. A public endpoint on purpose should carry a suppression with its
#   reason. Methods and routes are not AWS Config resource types, so only templates are judged.
# custom:
#   id: PAL-APIGW-005
#   severity: medium
#   category: access
#   cwe: CWE-306
#   remediation: >-
#     Set `AuthorizationType` to `AWS_IAM`, `COGNITO_USER_POOLS` or `CUSTOM` (REST) / `JWT`,
#     `AWS_IAM` or `CUSTOM` (HTTP) with an authorizer; in CDK
#     `resource.addMethod('GET', integration, { authorizer, authorizationType: apigateway.AuthorizationType.COGNITO })`.
#   frameworks:
#     nist-800-53: [AC-3, IA-2]
#     soc2: [CC6.1]
#     pci-dss: ["7.2.1"]
#     fsbp: [APIGateway.8]
#   resource_types: [aws.apigateway.method]
#   sources: [cloudformation, cdk]
package palisade.rules.aws.apigateway.method_authorization

import data.palisade.lib

deny contains lib.result(r, ["properties", "authorization_type"], msg) if {
	some r in lib.resources("aws.apigateway.method")
	is_string(r.properties.authorization_type)
	upper(r.properties.authorization_type) == "NONE"
	r.properties.api_key_required == false
	not preflight(r.properties.method)
	msg := concat("", ["API Gateway ", kind(r), " '", r.name, "' (", shown(r.properties.method), ") requires no authorization."])
}

preflight(m) if {
	is_string(m)
	startswith(upper(m), "OPTIONS")
}

preflight(m) if lib.is_unknown(m)

kind(r) := "route" if r.properties.api_version == "v2"

kind(r) := "method" if r.properties.api_version != "v2"

shown(m) := m if is_string(m)

shown(m) := "unknown method" if not is_string(m)
