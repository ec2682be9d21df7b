# METADATA
# title: OpenSearch domain is open to the internet
# description: >-
#   The domain has a public endpoint (not in a VPC) and its access policy allows everyone
#   without a narrowing condition such as `aws:SourceIp`: anyone on the internet can query and
#   change its data. Not reported when fine-grained access control authenticates every request.
# custom:
#   id: PAL-OS-007
#   severity: critical
#   category: access
#   cwe: CWE-668
#   remediation: >-
#     Place the domain in a VPC (`VPCOptions`), or restrict `AccessPolicies` to named IAM
#     principals or source IP ranges, or enable fine-grained access control.
#   frameworks:
#     nist-800-53: [AC-3, SC-7]
#     soc2: [CC6.1, CC6.6]
#     fsbp: [Opensearch.2]
#   resource_types: [aws.opensearch.domain]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.opensearch.public_access

import data.palisade.lib
import data.palisade.lib.aws

deny contains lib.result(r, ["properties", "access_policy", "statements", j, "principal"], msg) if {
	some r in lib.resources("aws.opensearch.domain")
	r.properties.in_vpc == false
	not r.properties.fine_grained_access.enabled == true
	some j in aws.public_statements(r.properties.access_policy)
	msg := concat("", ["OpenSearch domain '", r.name, "' has a public endpoint and an access policy that allows everyone."])
}
