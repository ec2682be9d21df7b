# METADATA
# title: Amazon MQ broker user's password is written in the template
# description: >-
#   A `Users` entry's `Password` is a literal, or the Default of a parameter (NoEcho hides it
#   from the console, not from the template): the broker credential sits in source control and
#   in every copy of the template, and anyone who reads it can publish and consume messages.
# custom:
#   id: PAL-MQ-003
#   severity: high
#   category: access
#   cwe: CWE-798
#   remediation: >-
#     Take the password from Secrets Manager (`Password:
#     '{{resolve:secretsmanager:mq-app:SecretString:password}}'`) or a NoEcho parameter
#     without a Default; in CDK `password: secret.secretValueFromJson('password').unsafeUnwrap()`
#     on the `CfnBroker` user (resolved at deploy time, not written in the template).
#   frameworks:
#     nist-800-53: [IA-5(7)]
#     pci-dss: ["8.6.2"]
#     soc2: [CC6.1]
#   resource_types: [aws.mq.broker]
#   sources: [cloudformation, cdk]
package palisade.rules.aws.mq.literal_password

import data.palisade.lib

deny contains lib.result(r, ["properties", "user_passwords", i], msg) if {
	some r in lib.resources("aws.mq.broker")
	some i, password in r.properties.user_passwords
	password.literal == true
	msg := concat("", ["Amazon MQ broker '", r.name, "' has a user's password written in the template", how(password), "."])
}

how(password) := " (the Default of a NoEcho parameter)" if password.managed == true

how(password) := "" if not password.managed == true
