# METADATA
# title: ECR repository does not scan images on push
# description: >-
#   Images are pushed and deployed without a vulnerability scan, so known-vulnerable packages
#   reach production unnoticed.
# custom:
#   id: PAL-ECR-001
#   severity: medium
#   category: supply-chain
#   cwe: CWE-1395
#   remediation: >-
#     Set `ImageScanningConfiguration: {ScanOnPush: true}` (or enable enhanced scanning for
#     the registry); in CDK `imageScanOnPush: true`.
#   frameworks:
#     nist-800-53: [RA-5]
#     pci-dss: ["6.3.1"]
#     soc2: [CC7.1]
#     fsbp: [ECR.1]
#   resource_types: [aws.ecr.repository]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.ecr.scan_on_push

import data.palisade.lib

deny contains lib.result(r, ["properties", "scan_on_push"], msg) if {
	some r in lib.resources("aws.ecr.repository")
	lib.is_false(r.properties.scan_on_push)
	msg := concat("", ["ECR repository '", r.name, "' does not scan images on push."])
}
