# METADATA
# title: EKS cluster does not send audit and API logs to CloudWatch
# description: >-
#   Control-plane logging is off by default. Without the `audit` and `api` log types, who
#   created, read or deleted which Kubernetes objects (secrets included) and which calls the API
#   server refused leave no record; `authenticator` logs tie requests to IAM identities.
# custom:
#   id: PAL-EKS-003
#   severity: medium
#   category: logging
#   cwe: CWE-778
#   remediation: >-
#     CloudFormation: `Logging: {ClusterLogging: {EnabledTypes: [{Type: api}, {Type: audit}, {Type: authenticator}]}}`.
#     CDK: `new eks.Cluster(this, 'Cluster', { clusterLogging: [eks.ClusterLoggingTypes.API, eks.ClusterLoggingTypes.AUDIT, eks.ClusterLoggingTypes.AUTHENTICATOR], ... })`.
#   frameworks:
#     nist-800-53: [AU-2, AU-12]
#     pci-dss: ["10.2.1"]
#     soc2: [CC7.2]
#     fsbp: [EKS.8]
#   resource_types: [aws.eks.cluster]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.eks.control_plane_logging

import data.palisade.lib

required := ["api", "audit"]

deny contains lib.result(r, ["properties", "log_types"], msg) if {
	some r in lib.resources("aws.eks.cluster")
	types := r.properties.log_types
	not lib.is_unknown(types)
	every t in types { not lib.is_unknown(t) }
	missing := [t | some t in required; not t in {lower(x) | some x in types}]
	count(missing) > 0
	msg := concat("", ["EKS cluster '", r.name, "' does not log ", concat(" or ", missing), " control-plane events."])
}
