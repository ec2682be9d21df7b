# METADATA
# title: OpenSearch domain does not require HTTPS
# description: >-
#   The domain endpoint accepts plain HTTP: queries, documents and credentials can be read or
#   changed in transit.
# custom:
#   id: PAL-OS-003
#   severity: high
#   category: encryption
#   cwe: CWE-319
#   remediation: >-
#     Set `DomainEndpointOptions: {EnforceHTTPS: true}`; in CDK `enforceHttps: true`.
#   frameworks:
#     nist-800-53: [SC-8]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: [CC6.7]
#   resource_types: [aws.opensearch.domain]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.opensearch.enforce_https

import data.palisade.lib

deny contains lib.result(r, ["properties", "enforce_https"], msg) if {
	some r in lib.resources("aws.opensearch.domain")
	lib.is_false(r.properties.enforce_https)
	msg := concat("", ["OpenSearch domain '", r.name, "' accepts requests over plain HTTP."])
}
