# METADATA
# title: IAM user's console password is written in the template
# description: >-
#   `LoginProfile.Password` is a literal, or the Default of a parameter (NoEcho hides it from
#   the console, not from the template): a console password sits in source control and in
#   every copy of the template, and anyone who reads it can sign in as the user until the
#   password is changed.
# custom:
#   id: PAL-IAM-017
#   severity: high
#   category: access
#   cwe: CWE-798
#   remediation: >-
#     Do not create console users in templates; use IAM Identity Center. If one is needed,
#     take the password from Secrets Manager (`Password: '{{resolve:secretsmanager:...}}'`)
#     with `PasswordResetRequired: true`; in CDK `password:
#     secret.secretValueFromJson('password')`, `passwordResetRequired: true`.
#   frameworks:
#     nist-800-53: [IA-5(7)]
#     pci-dss: ["8.3.5", "8.6.2"]
#     soc2: [CC6.1]
#   resource_types: [aws.iam.user]
#   sources: [cloudformation, cdk]
package palisade.rules.aws.iam.literal_login_password

import data.palisade.lib

deny contains lib.result(r, ["properties", "login_password"], msg) if {
	some r in lib.resources("aws.iam.user")
	r.properties.login_password.literal == true
	msg := concat("", ["IAM user '", r.name, "' has its console password written in the template", how(r.properties.login_password), "."])
}

how(password) := " (the Default of a NoEcho parameter)" if password.managed == true

how(password) := "" if not password.managed == true
