# METADATA
# title: MSK cluster lets clients connect without authentication
# description: >-
#   With `Unauthenticated.Enabled: true`, or without IAM, SASL/SCRAM or mutual TLS
#   authentication (MSK's default when `ClientAuthentication` is left out), any client that
#   reaches a broker can read and write every topic: Kafka ACLs cannot tell clients apart.
# custom:
#   id: PAL-MSK-003
#   severity: high
#   category: access
#   cwe: CWE-306
#   remediation: >-
#     Enable IAM access control (`ClientAuthentication.Sasl.Iam.Enabled: true`), SASL/SCRAM or
#     TLS client certificates, and set `Unauthenticated.Enabled: false`; in CDK
#     (`@aws-cdk/aws-msk-alpha`) `clientAuthentication: msk.ClientAuthentication.sasl({ iam:
#     true })`.
#   frameworks:
#     nist-800-53: [IA-2, AC-3]
#     pci-dss: ["8.2.1"]
#     soc2: [CC6.1]
#     fsbp: [MSK.6]
#   resource_types: [aws.msk.cluster]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.msk.unauthenticated_access

import data.palisade.lib

deny contains lib.result(r, ["properties", "unauthenticated_access"], msg) if {
	some r in lib.resources("aws.msk.cluster")
	r.properties.unauthenticated_access == true
	msg := concat("", ["MSK cluster '", r.name, "' lets clients connect without authentication."])
}
