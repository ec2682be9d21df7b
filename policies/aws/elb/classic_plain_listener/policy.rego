# METADATA
# title: Classic load balancer listener does not use TLS
# description: >-
#   A classic load balancer listener on `HTTP` or `TCP` takes client traffic in plain text:
#   credentials, cookies and data can be read and changed on the way. Classic load balancers
#   cannot redirect HTTP to HTTPS, so every such listener is plain text.
# custom:
#   id: PAL-ELB-007
#   severity: medium
#   category: encryption
#   cwe: CWE-319
#   remediation: >-
#     Use `Protocol: HTTPS` (or `SSL`) with an `SSLCertificateId` on every listener, or move to an
#     application load balancer with an HTTP-to-HTTPS redirect; in CDK
#     `lb.addListener({ externalPort: 443, externalProtocol: elb.LoadBalancingProtocol.HTTPS, sslCertificateArn })`.
#   frameworks:
#     nist-800-53: [SC-8]
#     soc2: [CC6.7]
#     pci-dss: ["4.2.1"]
#     fsbp: [ELB.3]
#   resource_types: [aws.elb.load_balancer]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.elb.classic_plain_listener

import data.palisade.lib

deny contains lib.result(r, ["properties", "listeners", i, "protocol"], msg) if {
	some r in lib.resources("aws.elb.load_balancer")
	some i, l in r.properties.listeners
	l.protocol in {"HTTP", "TCP"}
	msg := concat("", ["Classic load balancer '", r.name, "' takes plain ", l.protocol, " on port ", format_int(l.port, 10), "."])
}
