# METADATA
# title: Secrets Manager secret is not rotated automatically
# description: >-
#   No rotation schedule names the secret: the same password or key stays valid until someone
#   changes it by hand, so a leaked copy (a log, a laptop, a former employee) keeps working.
#   Rotation is read from the AWS::SecretsManager::RotationSchedule resources of the template
#   (CDK `addRotationSchedule`); a schedule behind a condition is not judged.
# custom:
#   id: PAL-SM-002
#   severity: medium
#   category: access
#   cwe: CWE-262
#   remediation: >-
#     CloudFormation: an `AWS::SecretsManager::RotationSchedule` with `SecretId: !Ref Secret`,
#     `RotationRules: {ScheduleExpression: rate(30 days)}` and `RotationLambdaARN` or
#     `HostedRotationLambda`. CDK: `secret.addRotationSchedule('Rotation', { hostedRotation:
#     secretsmanager.HostedRotation.postgreSqlSingleUser(), automaticallyAfter: Duration.days(30) })`.
#   frameworks:
#     nist-800-53: [IA-5(1), SC-12]
#     pci-dss: ["8.6.3"]
#     soc2: [CC6.1]
#     fsbp: [SecretsManager.1]
#   resource_types: [aws.secretsmanager.secret]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.secretsmanager.rotation

import data.palisade.lib

deny contains lib.result(r, ["properties", "rotation"], msg) if {
	some r in lib.resources("aws.secretsmanager.secret")
	lib.is_false(r.properties.rotation)
	msg := concat("", ["Secrets Manager secret '", r.name, "' is not rotated automatically."])
}
