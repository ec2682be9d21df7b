# METADATA
# title: EKS cluster has no private API endpoint
# description: >-
#   With `EndpointPrivateAccess` false (the CloudFormation default) the nodes, pods and every
#   client in the VPC reach the Kubernetes API through its public endpoint, over the internet
#   and its NAT gateways: the public endpoint cannot be closed or narrowed without cutting off
#   the cluster's own nodes. Turn the private endpoint on, then restrict or close the public one
#   (PAL-EKS-001).
# custom:
#   id: PAL-EKS-006
#   severity: low
#   category: access
#   cwe: CWE-668
#   remediation: >-
#     CloudFormation: `ResourcesVpcConfig: {EndpointPrivateAccess: true, EndpointPublicAccess: false}`
#     (or keep the public endpoint with `PublicAccessCidrs`). CDK:
#     `new eks.Cluster(this, 'Cluster', { endpointAccess: eks.EndpointAccess.PRIVATE, ... })`
#     (its default, PUBLIC_AND_PRIVATE, also turns the private endpoint on).
#   frameworks:
#     nist-800-53: [AC-4, SC-7]
#     soc2: [CC6.6]
#   resource_types: [aws.eks.cluster]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.eks.private_endpoint

import data.palisade.lib

deny contains lib.result(r, ["properties", "endpoint_private_access"], msg) if {
	some r in lib.resources("aws.eks.cluster")
	r.properties.endpoint_private_access == false
	msg := concat("", ["EKS cluster '", r.name, "' has no private API endpoint: its nodes reach the API server over the internet."])
}
