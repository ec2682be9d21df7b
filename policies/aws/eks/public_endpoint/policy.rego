# METADATA
# title: EKS cluster API endpoint is open to the internet
# description: >-
#   The Kubernetes API server has a public endpoint that accepts connections from any address
#   (EKS's default: `EndpointPublicAccess` true and `PublicAccessCidrs` 0.0.0.0/0). Anyone can
#   probe it, try stolen credentials and exploit API-server vulnerabilities. A public endpoint
#   limited to named CIDRs is not reported.
# custom:
#   id: PAL-EKS-001
#   severity: high
#   category: access
#   cwe: CWE-668
#   remediation: >-
#     CloudFormation: `ResourcesVpcConfig: {EndpointPrivateAccess: true, EndpointPublicAccess: false}`
#     (or `PublicAccessCidrs: [203.0.113.0/24]`). CDK:
#     `new eks.Cluster(this, 'Cluster', { endpointAccess: eks.EndpointAccess.PRIVATE, ... })`
#     (or `eks.EndpointAccess.PUBLIC_AND_PRIVATE.onlyFrom('203.0.113.0/24')`).
#   frameworks:
#     nist-800-53: [AC-3, SC-7]
#     pci-dss: ["1.4.1"]
#     soc2: [CC6.6]
#     fsbp: [EKS.1]
#   resource_types: [aws.eks.cluster]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.eks.public_endpoint

import data.palisade.lib

world := {"0.0.0.0/0", "::/0"}

deny contains lib.result(r, ["properties", "endpoint_public_access"], msg) if {
	some r in lib.resources("aws.eks.cluster")
	r.properties.endpoint_public_access == true
	some cidr in r.properties.public_access_cidrs
	world[cidr]
	msg := concat("", ["EKS cluster '", r.name, "' has a public API endpoint open to ", cidr, "."])
}
