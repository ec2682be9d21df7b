# METADATA
# title: MSK cluster brokers are reachable from the internet
# description: >-
#   `PublicAccess.Type: SERVICE_PROVIDED_EIPS` gives every broker a public IP address: the
#   Kafka listeners are exposed to the internet, guarded only by client authentication and the
#   security groups.
# custom:
#   id: PAL-MSK-002
#   severity: high
#   category: access
#   cwe: CWE-668
#   remediation: >-
#     Set `BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type: DISABLED` (the default) and
#     reach the cluster through the VPC, a VPC peering or MSK multi-VPC private connectivity.
#   frameworks:
#     nist-800-53: [AC-3, SC-7]
#     pci-dss: ["1.4.1"]
#     soc2: [CC6.6]
#     fsbp: [MSK.4]
#   resource_types: [aws.msk.cluster]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.msk.public_access

import data.palisade.lib

deny contains lib.result(r, ["properties", "public_access"], msg) if {
	some r in lib.resources("aws.msk.cluster")
	r.properties.public_access == "SERVICE_PROVIDED_EIPS"
	msg := concat("", ["MSK cluster '", r.name, "' gives its brokers public IP addresses."])
}
