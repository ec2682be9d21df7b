# METADATA
# title: OpenSearch domain has no fine-grained access control
# description: >-
#   Without fine-grained access control, anyone the domain access policy lets in can read and
#   write every index: there are no roles, no document- or field-level security, and no audit
#   logs.
# custom:
#   id: PAL-OS-006
#   severity: medium
#   category: access
#   cwe: CWE-284
#   remediation: >-
#     Set `AdvancedSecurityOptions: {Enabled: true}` with an IAM master user (requires HTTPS,
#     node-to-node and at-rest encryption); in CDK `fineGrainedAccessControl: {masterUserArn}`.
#   frameworks:
#     nist-800-53: [AC-3, AC-6]
#     soc2: [CC6.3]
#     fsbp: [Opensearch.7]
#   resource_types: [aws.opensearch.domain]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.opensearch.fine_grained_access

import data.palisade.lib

deny contains lib.result(r, ["properties", "fine_grained_access", "enabled"], msg) if {
	some r in lib.resources("aws.opensearch.domain")
	lib.is_false(r.properties.fine_grained_access.enabled)
	msg := concat("", ["OpenSearch domain '", r.name, "' has no fine-grained access control."])
}
