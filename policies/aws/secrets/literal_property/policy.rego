# METADATA
# title: A password, secret or token property is written in the template
# description: >-
#   A property named like a credential (`Password`, `SecretKey`, `OAuthToken`, `ClientSecret`,
#   `SaslPassword`...) of any resource holds a literal, or the Default of a parameter (NoEcho
#   hides a value from the console, not from the template). The credential sits in source
#   control, in every copy of the template and in CloudFormation's view of the stack. Dynamic
#   references (`{{resolve:secretsmanager:...}}`, `{{resolve:ssm-secure:...}}`), parameters
#   without a Default, ARNs and values taken from other resources are not reported. Properties
#   a dedicated rule judges (RDS, DocumentDB, ElastiCache, Secrets Manager, IAM login profiles,
#   Amazon MQ users, Lambda environments, DMS, Amplify, Directory Service) are left to it.
# custom:
#   id: PAL-SECRET-001
#   severity: high
#   category: access
#   cwe: CWE-798
#   remediation: >-
#     Keep the credential in Secrets Manager and write `'{{resolve:secretsmanager:name:SecretString:key}}'`
#     in the property, or pass it as a NoEcho parameter without a Default; in CDK
#     `secret.secretValueFromJson('key').unsafeUnwrap()` only where the property accepts nothing
#     better, never `SecretValue.unsafePlainText(...)` or a string literal.
#   frameworks:
#     nist-800-53: [IA-5(7)]
#     pci-dss: ["8.6.2"]
#     soc2: [CC6.1]
#   resource_types: [aws.cloudformation.resource]
#   sources: [cloudformation, cdk]
package palisade.rules.aws.secrets.literal_property

import data.palisade.lib
import data.palisade.lib.aws

# Types whose secrets have a rule of their own (PAL-DMS-001, PAL-AMP-001, PAL-DS-001).
dedicated := {
	"AWS::DMS::Endpoint",
	"AWS::Amplify::App",
	"AWS::Amplify::Branch",
	"AWS::DirectoryService::SimpleAD",
	"AWS::DirectoryService::MicrosoftAD",
}

# The message names the property, never its value.
deny contains lib.result(r, ["properties", "literal_secrets", i], msg) if {
	some [r, i, s] in aws.template_secrets
	s.kind == "property"
	not dedicated[s.resource_type]
	msg := concat("", [s.resource_type, " '", r.name, "' has a credential written in the template in '", s.property, "'", aws.secret_how(s), "."])
}
