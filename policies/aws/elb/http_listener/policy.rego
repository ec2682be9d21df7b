# METADATA
# title: Load balancer listener serves plain HTTP
# description: >-
#   An HTTP listener that forwards traffic instead of redirecting to HTTPS lets clients send
#   credentials, cookies and data in plain text, open to interception and tampering.
# custom:
#   id: PAL-ELB-001
#   severity: high
#   category: encryption
#   cwe: CWE-319
#   remediation: >-
#     Make the HTTP listener's default action a `redirect` to `HTTPS` port 443 (status
#     `HTTP_301`) and serve the application on an HTTPS listener; in CDK
#     `listener.addAction('Redirect', {action: ListenerAction.redirect({protocol: 'HTTPS', port: '443'})})`
#     or `redirectHTTP: true` on the ECS patterns.
#   frameworks:
#     nist-800-53: [SC-8]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: [CC6.7]
#     fsbp: [ELB.1]
#   resource_types: [aws.elbv2.listener]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.elb.http_listener

import data.palisade.lib

deny contains lib.result(r, ["properties", "protocol"], msg) if {
	some r in lib.resources("aws.elbv2.listener")
	r.properties.protocol == "HTTP"
	r.properties.redirects_to_https == false
	msg := concat("", ["Load balancer listener '", r.name, "' serves plain HTTP without redirecting to HTTPS."])
}
