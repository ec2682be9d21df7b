# METADATA
# title: KMS key rotation is not enabled
# description: >-
#   Without automatic rotation a symmetric encryption key keeps the same key material for its
#   whole life, so more data depends on a single secret. Asymmetric and HMAC keys cannot rotate
#   automatically and are not reported.
# custom:
#   id: PAL-KMS-001
#   severity: medium
#   category: encryption
#   remediation: >-
#     Set `EnableKeyRotation: true` on the `AWS::KMS::Key` (optionally `RotationPeriodInDays`);
#     in CDK `enableKeyRotation: true`.
#   frameworks:
#     cis-aws: ["3.6"]
#     nist-800-53: [SC-12]
#     pci-dss: ["3.7.4"]
#   resource_types: [aws.kms.key]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.kms.rotation

import data.palisade.lib

deny contains lib.result(r, ["properties", "key_rotation"], msg) if {
	some r in lib.resources("aws.kms.key")
	lib.is_false(r.properties.key_rotation)
	r.properties.key_spec == "SYMMETRIC_DEFAULT"
	not r.properties.key_usage in {"SIGN_VERIFY", "GENERATE_VERIFY_MAC", "KEY_AGREEMENT"}
	msg := concat("", ["KMS key '", r.name, "' does not rotate its key material."])
}
