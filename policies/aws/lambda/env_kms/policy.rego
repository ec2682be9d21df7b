# METADATA
# title: Lambda environment variables are not encrypted with a customer-managed key
# description: >-
#   Lambda encrypts environment variables at rest with an AWS-managed key, which every principal
#   allowed `lambda:GetFunctionConfiguration` can have decrypted for them: there is no key policy
#   that separates who may read the configuration from who may read its values. A function with
#   environment variables and no `KmsKeyArn` is reported.
# custom:
#   id: PAL-LAMBDA-009
#   severity: low
#   category: encryption
#   cwe: none
#   remediation: >-
#     Set `KmsKeyArn` to a customer-managed key whose policy lets only the function's role and
#     its operators decrypt (better: keep secrets in Secrets Manager); in CDK
#     `environmentEncryption: key`.
#   frameworks:
#     nist-800-53: [SC-12, SC-28]
#     pci-dss: ["3.6.1"]
#     soc2: [CC6.1]
#   resource_types: [aws.lambda.function]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.lambda.env_kms

import data.palisade.lib

deny contains lib.result(r, ["properties", "kms_key_id"], msg) if {
	some r in lib.resources("aws.lambda.function")
	not lib.is_unknown(r.properties.environment)
	count(r.properties.environment) > 0
	r.properties.kms_key_id == null
	msg := concat("", ["Lambda function '", r.name, "' has environment variables encrypted only with the AWS-managed key."])
}
