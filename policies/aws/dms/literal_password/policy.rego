# METADATA
# title: DMS endpoint password is written in the template
# description: >-
#   A DMS endpoint's `Password`, or a password in its engine settings (`MongoDbSettings`,
#   `KafkaSettings.SaslPassword`, `OracleSettings.AsmPassword`, ...), is a literal or the Default
#   of a parameter (NoEcho hides it from the console, not from the template): the credentials of
#   the source or target database of a migration sit in source control and in every copy of the
#   template.
# custom:
#   id: PAL-DMS-001
#   severity: high
#   category: access
#   cwe: CWE-798
#   remediation: >-
#     Let the endpoint read its credentials from Secrets Manager: set the engine's
#     `SecretsManagerSecretId` and `SecretsManagerAccessRoleArn` (e.g.
#     `PostgreSqlSettings: { SecretsManagerSecretId: !Ref DbSecret, SecretsManagerAccessRoleArn: !GetAtt DmsRole.Arn }`)
#     and drop `Username`/`Password`, or use `'{{resolve:secretsmanager:...}}'`; in CDK the same
#     on `dms.CfnEndpoint`.
#   frameworks:
#     nist-800-53: [IA-5(7)]
#     pci-dss: ["8.6.2"]
#     soc2: [CC6.1]
#   resource_types: [aws.cloudformation.resource]
#   sources: [cloudformation, cdk]
package palisade.rules.aws.dms.literal_password

import data.palisade.lib
import data.palisade.lib.aws

deny contains lib.result(r, ["properties", "literal_secrets", i], msg) if {
	some [r, i, s] in aws.template_secrets
	s.kind == "property"
	s.resource_type == "AWS::DMS::Endpoint"
	msg := concat("", ["DMS endpoint '", r.name, "' has a credential written in the template in '", s.property, "'", aws.secret_how(s), "."])
}
