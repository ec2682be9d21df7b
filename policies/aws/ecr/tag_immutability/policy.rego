# METADATA
# title: ECR repository allows overwriting image tags
# description: >-
#   With mutable tags, pushing an image under an existing tag silently replaces what
#   deployments pulling that tag run: a compromised pipeline can swap `v1.4.2` for anything.
# custom:
#   id: PAL-ECR-002
#   severity: low
#   category: supply-chain
#   cwe: CWE-494
#   remediation: >-
#     Set `ImageTagMutability: IMMUTABLE` (or `IMMUTABLE_WITH_EXCLUSION` for tags like
#     `latest`); in CDK `imageTagMutability: ecr.TagMutability.IMMUTABLE`.
#   frameworks:
#     nist-800-53: [CM-14, SI-7]
#     soc2: [CC8.1]
#     fsbp: [ECR.2]
#   resource_types: [aws.ecr.repository]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.ecr.tag_immutability

import data.palisade.lib

deny contains lib.result(r, ["properties", "tag_mutability"], msg) if {
	some r in lib.resources("aws.ecr.repository")
	r.properties.tag_mutability in {"MUTABLE", "MUTABLE_WITH_EXCLUSION"}
	msg := concat("", ["ECR repository '", r.name, "' allows image tags to be overwritten."])
}
