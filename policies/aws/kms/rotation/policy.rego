# METADATA
# title: KMS key rotation is not enabled
# description: >-
#   Without automatic rotation a symmetric encryption key keeps the same key material for its
#   whole life, so more data depends on a single secret. Keys that cannot rotate automatically
#   (asymmetric and HMAC keys, imported key material, keys in a custom key store) are not
#   reported.
# custom:
#   id: PAL-KMS-001
#   severity: medium
#   category: encryption
#   cwe: CWE-324
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
	can_rotate(r.properties)
	msg := concat("", ["KMS key '", r.name, "' does not rotate its key material."])
}

# KMS rotates only symmetric encryption keys whose key material it generated itself; an unknown
# spec, usage or origin may be one that cannot rotate. A source that does not give the origin
# means AWS_KMS.
can_rotate(key) if {
	key.key_spec == "SYMMETRIC_DEFAULT"
	key.key_usage == "ENCRYPT_DECRYPT"
	object.get(key, "origin", "AWS_KMS") == "AWS_KMS"
}
