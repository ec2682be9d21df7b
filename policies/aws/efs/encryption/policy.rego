# METADATA
# title: EFS file system is not encrypted at rest
# description: >-
#   Files, directories and their metadata are stored unencrypted. Through CloudFormation and the
#   API an EFS file system is unencrypted unless `Encrypted` is true, and encryption cannot be
#   turned on later: the data must be copied to a new file system.
# custom:
#   id: PAL-EFS-001
#   severity: high
#   category: encryption
#   cwe: CWE-311
#   remediation: >-
#     CloudFormation: `Encrypted: true` (with `KmsKeyId` for a customer managed key). CDK:
#     `new efs.FileSystem(this, 'Files', { vpc, encrypted: true, kmsKey })` (encrypted is the
#     default in aws-cdk-lib v2).
#   frameworks:
#     cis-aws: ["2.4.1"]
#     nist-800-53: [SC-28]
#     pci-dss: ["3.5.1"]
#     soc2: [CC6.1]
#     fsbp: [EFS.1]
#   resource_types: [aws.efs.file_system]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.efs.encryption

import data.palisade.lib

deny contains lib.result(r, ["properties", "encrypted"], msg) if {
	some r in lib.resources("aws.efs.file_system")
	lib.is_false(r.properties.encrypted)
	msg := concat("", ["EFS file system '", r.name, "' is not encrypted at rest."])
}
