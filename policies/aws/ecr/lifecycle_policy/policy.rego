# METADATA
# title: ECR repository has no lifecycle policy
# description: >-
#   Without a lifecycle policy every image pushed stays forever: old images with known
#   vulnerabilities remain pullable and deployable long after they were replaced, and storage
#   grows without bound.
# custom:
#   id: PAL-ECR-004
#   severity: low
#   category: supply-chain
#   cwe: none
#   remediation: >-
#     Set `LifecyclePolicy.LifecyclePolicyText` expiring untagged images and keeping the last N
#     tagged ones; in CDK `repository.addLifecycleRule({ maxImageCount: 20 })` or
#     `lifecycleRules` on `ecr.Repository`.
#   frameworks:
#     nist-800-53: [CM-2, SI-2]
#     soc2: [CC7.1]
#     fsbp: [ECR.3]
#   resource_types: [aws.ecr.repository]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.ecr.lifecycle_policy

import data.palisade.lib

deny contains lib.result(r, ["properties", "lifecycle_policy"], msg) if {
	some r in lib.resources("aws.ecr.repository")
	lib.is_false(r.properties.lifecycle_policy)
	msg := concat("", ["ECR repository '", r.name, "' has no lifecycle policy: old images are kept forever."])
}
