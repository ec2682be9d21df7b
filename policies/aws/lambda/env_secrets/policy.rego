# METADATA
# title: Lambda environment holds a secret in plain text
# description: >-
#   An environment variable named like a secret (`DB_PASSWORD`, `API_KEY`...) or whose value looks
#   like a credential (an AWS key, a private key, a URL with a password) is written in the
#   template. It is committed with the code and readable by anyone allowed
#   `lambda:GetFunctionConfiguration`. Values that come from parameters or other resources are
#   not reported; neither are `{{resolve:...}}` dynamic references.
# custom:
#   id: PAL-LAMBDA-003
#   severity: high
#   category: access
#   cwe: CWE-526
#   remediation: >-
#     Store the secret in Secrets Manager or SSM Parameter Store (SecureString), pass only its
#     name or ARN in the environment, and read it at runtime (grant the function read access).
#   frameworks:
#     nist-800-53: [IA-5(7)]
#     pci-dss: ["8.6.2"]
#     soc2: [CC6.1]
#   resource_types: [aws.lambda.function]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.lambda.env_secrets

import data.palisade.lib
import data.palisade.lib.aws

# The message names the variable, never its value.
deny contains lib.result(r, ["properties", "environment", name], msg) if {
	some r in lib.resources("aws.lambda.function")
	some name, v in r.properties.environment
	aws.plaintext_secret(v)
	msg := concat("", ["Lambda function '", r.name, "' has a plain-text secret in environment variable '", name, "'."])
}
