# METADATA
# title: Lambda function URL requires no authentication
# description: >-
#   A function URL with `AuthType: NONE` lets anyone on the internet invoke the function,
#   bypassing IAM; the function must do all authentication itself.
# custom:
#   id: PAL-LAMBDA-001
#   severity: high
#   category: access
#   cwe: CWE-306
#   remediation: >-
#     Set `AuthType: AWS_IAM` on the `AWS::Lambda::Url` and sign requests (or front the function
#     with API Gateway or CloudFront with origin access control); in CDK
#     `authType: FunctionUrlAuthType.AWS_IAM`.
#   frameworks:
#     nist-800-53: [AC-3]
#     soc2: [CC6.1]
#   resource_types: [aws.lambda.function]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.lambda.public_url

import data.palisade.lib

deny contains lib.result(r, ["properties", "url", "auth_type"], msg) if {
	some r in lib.resources("aws.lambda.function")
	r.properties.url.auth_type == "NONE"
	msg := concat("", ["Lambda function '", r.name, "' has a function URL that anyone can invoke without authentication."])
}
