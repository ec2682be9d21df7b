# METADATA
# title: OpenSearch domain is not encrypted at rest
# description: >-
#   Indices, logs, swap files and automated snapshots of the domain are stored unencrypted.
#   Encryption at rest can only be turned on for an existing domain on recent engine versions.
# custom:
#   id: PAL-OS-001
#   severity: high
#   category: encryption
#   cwe: CWE-311
#   remediation: >-
#     Set `EncryptionAtRestOptions: {Enabled: true}` (with a customer managed `KmsKeyId`);
#     in CDK `encryptionAtRest: {enabled: true}`.
#   frameworks:
#     nist-800-53: [SC-28]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: [CC6.1]
#     fsbp: [Opensearch.1]
#   resource_types: [aws.opensearch.domain]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.opensearch.encryption_at_rest

import data.palisade.lib

deny contains lib.result(r, ["properties", "encryption_at_rest", "enabled"], msg) if {
	some r in lib.resources("aws.opensearch.domain")
	lib.is_false(r.properties.encryption_at_rest.enabled)
	msg := concat("", ["OpenSearch domain '", r.name, "' is not encrypted at rest."])
}
