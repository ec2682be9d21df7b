# METADATA
# title: Neptune cluster does not require IAM authentication
# description: >-
#   Without `IamAuthEnabled: true` (the default is false) any client that reaches the
#   cluster's endpoint on the network can run queries: Neptune has no passwords, so IAM
#   database authentication is the only way to say who may read or change the graph.
# custom:
#   id: PAL-NEP-003
#   severity: medium
#   category: access
#   cwe: none
#   remediation: >-
#     Set `IamAuthEnabled: true` and grant `neptune-db:*` actions on the cluster to the roles
#     that query it; in CDK (`@aws-cdk/aws-neptune-alpha`) `iamAuthentication: true` and
#     `cluster.grantConnect(role)`.
#   frameworks:
#     nist-800-53: [IA-2, AC-3]
#     soc2: [CC6.1]
#     fsbp: [Neptune.7]
#   resource_types: [aws.neptune.cluster]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.neptune.iam_auth

import data.palisade.lib

deny contains lib.result(r, ["properties", "iam_authentication"], msg) if {
	some r in lib.resources("aws.neptune.cluster")
	lib.is_false(r.properties.iam_authentication)
	msg := concat("", ["Neptune cluster '", r.name, "' does not require IAM authentication."])
}
