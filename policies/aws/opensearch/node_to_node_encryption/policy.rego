# METADATA
# title: OpenSearch domain does not encrypt node-to-node traffic
# description: >-
#   Without node-to-node encryption, data moves between the domain's nodes in plain text inside
#   the VPC or AWS network, where it can be read by anyone able to capture that traffic.
# custom:
#   id: PAL-OS-002
#   severity: high
#   category: encryption
#   cwe: CWE-319
#   remediation: >-
#     Set `NodeToNodeEncryptionOptions: {Enabled: true}`; in CDK `nodeToNodeEncryption: true`.
#   frameworks:
#     nist-800-53: [SC-8]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: [CC6.7]
#     fsbp: [Opensearch.3]
#   resource_types: [aws.opensearch.domain]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.opensearch.node_to_node_encryption

import data.palisade.lib

deny contains lib.result(r, ["properties", "node_to_node_encryption"], msg) if {
	some r in lib.resources("aws.opensearch.domain")
	lib.is_false(r.properties.node_to_node_encryption)
	msg := concat("", ["OpenSearch domain '", r.name, "' does not encrypt traffic between its nodes."])
}
