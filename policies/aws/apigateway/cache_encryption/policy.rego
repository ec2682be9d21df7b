# METADATA
# title: API Gateway cache is not encrypted
# description: >-
#   Responses cached by the stage are stored unencrypted; cached responses often hold
#   personal or account data.
# custom:
#   id: PAL-APIGW-002
#   severity: medium
#   category: encryption
#   cwe: CWE-311
#   remediation: >-
#     Set `CacheDataEncrypted: true` in the stage's `MethodSettings` wherever
#     `CachingEnabled: true`; in CDK `deployOptions.cacheDataEncrypted: true`.
#   frameworks:
#     nist-800-53: [SC-28]
#     hipaa: ["164.312(a)(2)(iv)"]
#     fsbp: [APIGateway.5]
#   resource_types: [aws.apigateway.stage]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.apigateway.cache_encryption

import data.palisade.lib

deny contains lib.result(r, ["properties", "cache_encrypted"], msg) if {
	some r in lib.resources("aws.apigateway.stage")
	lib.is_false(r.properties.cache_encrypted)
	msg := concat("", ["API Gateway stage '", r.name, "' caches responses without encryption."])
}
