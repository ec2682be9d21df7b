# METADATA
# title: CloudTrail trail is not multi-region
# description: >-
#   A single-region trail records nothing of what happens in the other regions, where an
#   attacker can run resources or change global settings unseen.
# custom:
#   id: PAL-CT-001
#   severity: medium
#   category: logging
#   cwe: CWE-778
#   remediation: >-
#     Set `IsMultiRegionTrail: true` (and `IncludeGlobalServiceEvents: true`); in CDK
#     `isMultiRegionTrail: true` (the default).
#   frameworks:
#     cis-aws: ["3.1"]
#     nist-800-53: [AU-2, AU-12]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: [CC7.2]
#     fsbp: [CloudTrail.1]
#   resource_types: [aws.cloudtrail.trail]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.cloudtrail.multi_region

import data.palisade.lib

deny contains lib.result(r, ["properties", "multi_region"], msg) if {
	some r in lib.resources("aws.cloudtrail.trail")
	lib.is_false(r.properties.multi_region)
	msg := concat("", ["CloudTrail trail '", r.name, "' records a single region only."])
}
