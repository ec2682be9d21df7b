# METADATA
# title: Directory Service administrator password is written in the template
# description: >-
#   The `Password` of a Simple AD or AWS Managed Microsoft AD directory (its administrator
#   account) is a literal or the Default of a parameter (NoEcho hides it from the console, not
#   from the template): the password of the directory's most privileged account sits in source
#   control and in every copy of the template.
# custom:
#   id: PAL-DS-001
#   severity: high
#   category: access
#   cwe: CWE-798
#   remediation: >-
#     Generate the password in Secrets Manager and write `Password:
#     '{{resolve:secretsmanager:directory/admin:SecretString:password}}'`; in CDK
#     `password: secret.secretValueFromJson('password').unsafeUnwrap()` on
#     `directoryservice.CfnMicrosoftAD`, where `secret` is a generated `secretsmanager.Secret`.
#   frameworks:
#     nist-800-53: [IA-5(7)]
#     pci-dss: ["8.6.2"]
#     soc2: [CC6.1]
#   resource_types: [aws.cloudformation.resource]
#   sources: [cloudformation, cdk]
package palisade.rules.aws.directoryservice.literal_password

import data.palisade.lib
import data.palisade.lib.aws

kinds := {"AWS::DirectoryService::SimpleAD": "Simple AD directory", "AWS::DirectoryService::MicrosoftAD": "Microsoft AD directory"}

deny contains lib.result(r, ["properties", "literal_secrets", i], msg) if {
	some [r, i, s] in aws.template_secrets
	s.kind == "property"
	kind := kinds[s.resource_type]
	msg := concat("", [kind, " '", r.name, "' has its administrator password written in the template", aws.secret_how(s), "."])
}
