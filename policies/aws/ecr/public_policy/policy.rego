# METADATA
# title: ECR repository policy allows public access
# description: >-
#   A repository policy statement that allows `*` (or every AWS account) without a condition
#   that narrows it lets anyone pull the images, and with push actions replace them: the
#   code, its dependencies and any credentials baked into layers become public, or the
#   supply chain is open to tampering.
# custom:
#   id: PAL-ECR-003
#   severity: critical
#   category: access
#   cwe: CWE-732
#   remediation: >-
#     Name the accounts or roles that may pull in `Principal` (or add an `aws:PrincipalOrgID`
#     condition); in CDK `repository.grantPull(new iam.AccountPrincipal('111122223333'))`
#     rather than `new iam.AnyPrincipal()`.
#   frameworks:
#     nist-800-53: [AC-3, AC-6]
#     pci-dss: ["7.2.1"]
#     soc2: [CC6.1]
#   resource_types: [aws.ecr.repository]
#   sources: [cloudformation, cdk]
package palisade.rules.aws.ecr.public_policy

import data.palisade.lib
import data.palisade.lib.aws

deny contains lib.result(r, ["properties", "policy", "statements", i], msg) if {
	some r in lib.resources("aws.ecr.repository")
	doc := r.properties.policy
	doc != null
	some i in aws.public_statements(doc)
	msg := concat("", ["ECR repository '", r.name, "' has a policy that allows public access."])
}
