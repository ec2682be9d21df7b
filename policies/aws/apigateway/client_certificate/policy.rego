# METADATA
# title: API Gateway REST API stage has no client certificate for its backend
# description: >-
#   Without `ClientCertificateId` the REST API stage calls its HTTP backends without a client
#   certificate, so a backend cannot tell API Gateway's requests from anyone else's that reach
#   its public endpoint. Only stages whose API has an HTTP or HTTP_PROXY integration are
#   reported (the `Integration.Type` of the template's methods on that RestApi, or of an OpenAPI
#   `Body` written in it): Lambda, AWS service and mock integrations need no client certificate.
#   An API whose integrations cannot be seen (outside the template, a definition in S3) is not
#   reported, nor are live stages (AWS Config records no integrations). HTTP and WebSocket APIs
#   (v2) have no client certificates and are not reported.
# custom:
#   id: PAL-APIGW-006
#   severity: low
#   category: access
#   cwe: CWE-295
#   remediation: >-
#     Create an `AWS::ApiGateway::ClientCertificate`, set `ClientCertificateId: !Ref Cert` on
#     the stage (or `StageDescription` of the deployment), and have the backend require it; in
#     CDK `deployOptions: { clientCertificateId: new apigateway.CfnClientCertificate(this, 'Cert').ref }`.
#   frameworks:
#     nist-800-53: [IA-3, SC-8]
#     pci-dss: ["4.2.1"]
#     fsbp: [APIGateway.2]
#   resource_types: [aws.apigateway.stage]
#   sources: [cloudformation, cdk]
package palisade.rules.aws.apigateway.client_certificate

import data.palisade.lib

deny contains lib.result(r, ["properties", "client_certificate"], msg) if {
	some r in lib.resources("aws.apigateway.stage")
	object.get(r.properties, "api_version", "v1") == "v1"
	lib.is_false(r.properties.client_certificate)
	object.get(r.properties, "http_backend", false) == true
	msg := concat("", ["API Gateway stage '", r.name, "' calls its backend without a client certificate."])
}
