# METADATA
# title: MSK cluster accepts or sends plaintext traffic
# description: >-
#   With `ClientBroker` `TLS_PLAINTEXT` or `PLAINTEXT` clients may produce and consume over
#   unencrypted connections, and with `InCluster: false` brokers replicate between themselves
#   in plaintext: messages, and SASL/SCRAM credentials sent with them, can be read on the
#   network. MSK's default is TLS for both.
# custom:
#   id: PAL-MSK-001
#   severity: high
#   category: encryption
#   cwe: CWE-319
#   remediation: >-
#     Set `EncryptionInfo.EncryptionInTransit` to `ClientBroker: TLS` and `InCluster: true` (or
#     leave both out); in CDK (`@aws-cdk/aws-msk-alpha`) `encryptionInTransit: { clientBroker:
#     msk.ClientBrokerEncryption.TLS, enableInCluster: true }`.
#   frameworks:
#     nist-800-53: [SC-8, SC-8(1)]
#     pci-dss: ["4.2.1"]
#     soc2: [CC6.7]
#     fsbp: [MSK.1]
#   resource_types: [aws.msk.cluster]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.msk.transit_encryption

import data.palisade.lib

deny contains lib.result(r, ["properties", "client_broker_encryption"], msg) if {
	some r in lib.resources("aws.msk.cluster")
	mode := r.properties.client_broker_encryption
	mode in {"TLS_PLAINTEXT", "PLAINTEXT"}
	msg := concat("", ["MSK cluster '", r.name, "' lets clients connect without TLS (", mode, ")."])
}

deny contains lib.result(r, ["properties", "in_cluster_encryption"], msg) if {
	some r in lib.resources("aws.msk.cluster")
	lib.is_false(r.properties.in_cluster_encryption)
	msg := concat("", ["MSK cluster '", r.name, "' does not encrypt traffic between brokers."])
}
