# METADATA
# title: Secrets Manager secret value is written in the template
# description: >-
#   `SecretString` is a literal, or the Default of a parameter (NoEcho hides it from the
#   console, not from the template): the secret the service exists to protect sits in source
#   control and in every copy of the template, so storing it in Secrets Manager protects
#   nothing.
# custom:
#   id: PAL-SM-003
#   severity: high
#   category: access
#   cwe: CWE-798
#   remediation: >-
#     Let Secrets Manager generate the value (`GenerateSecretString`), or set it once outside
#     the template (`aws secretsmanager put-secret-value`); in CDK `new
#     secretsmanager.Secret(this, 'S', { generateSecretString: { ... } })` rather than
#     `secretStringValue: SecretValue.unsafePlainText(...)`.
#   frameworks:
#     nist-800-53: [IA-5(7), SC-28]
#     pci-dss: ["8.6.2"]
#     soc2: [CC6.1]
#   resource_types: [aws.secretsmanager.secret]
#   sources: [cloudformation, cdk]
package palisade.rules.aws.secretsmanager.literal_secret_string

import data.palisade.lib

deny contains lib.result(r, ["properties", "secret_string"], msg) if {
	some r in lib.resources("aws.secretsmanager.secret")
	r.properties.secret_string.literal == true
	msg := concat("", ["Secrets Manager secret '", r.name, "' has its value written in the template", how(r.properties.secret_string), "."])
}

how(value) := " (the Default of a NoEcho parameter)" if value.managed == true

how(value) := "" if not value.managed == true
