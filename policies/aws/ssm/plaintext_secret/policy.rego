# METADATA
# title: SSM parameter holds a secret in plain text
# description: >-
#   A `String` or `StringList` parameter whose name (`.../password`, `.../api-key`) or value (an
#   access key, a private key, a token, a URL with credentials) says it is a secret is stored
#   unencrypted: anyone with `ssm:GetParameter` or `ssm:DescribeParameters` read access, and
#   every copy of the template, has it. CloudFormation cannot create `SecureString` parameters.
#   The message names the parameter, never the value.
# custom:
#   id: PAL-SSM-001
#   severity: high
#   category: encryption
#   cwe: CWE-312
#   remediation: >-
#     Keep the secret in Secrets Manager (`AWS::SecretsManager::Secret` with
#     `GenerateSecretString`) or create a `SecureString` parameter outside the template
#     (`aws ssm put-parameter --type SecureString`) and reference it with
#     `{{resolve:ssm-secure:...}}`; in CDK `new secretsmanager.Secret(...)` instead of
#     `new ssm.StringParameter(...)`.
#   frameworks:
#     nist-800-53: [IA-5(7), SC-28]
#     pci-dss: ["3.5.1", "8.6.2"]
#     soc2: [CC6.1]
#   resource_types: [aws.ssm.parameter]
#   sources: [cloudformation, cdk]
package palisade.rules.aws.ssm.plaintext_secret

import data.palisade.lib

deny contains lib.result(r, ["properties", "value"], msg) if {
	some r in lib.resources("aws.ssm.parameter")
	r.properties.parameter_type in {"String", "StringList"}
	v := r.properties.value
	literal(v.value)
	secret(v)
	msg := concat("", ["SSM parameter '", r.name, "' holds a secret in plain text."])
}

secret(v) if v.secret_name == true

secret(v) if is_string(v.secret_value)

# An empty value, a reference to another resource or a dynamic reference holds no literal secret.
literal(value) if {
	is_string(value)
	value != ""
	not startswith(value, "{{resolve:")
	not startswith(value, "ref:")
}
