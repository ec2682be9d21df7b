# METADATA
# title: Application load balancer only monitors HTTP desync
# description: >-
#   With `routing.http.desync_mitigation_mode: monitor` the load balancer forwards ambiguous
#   requests (conflicting Content-Length and Transfer-Encoding...) that a target may parse
#   differently, which is how HTTP request smuggling reaches other users' sessions. The default,
#   `defensive`, and `strictest` are not reported.
# custom:
#   id: PAL-ELB-006
#   severity: medium
#   category: access
#   cwe: CWE-444
#   remediation: >-
#     Remove the attribute or set `routing.http.desync_mitigation_mode` to `defensive` or
#     `strictest`; in CDK `desyncMitigationMode: elbv2.DesyncMitigationMode.DEFENSIVE`.
#   frameworks:
#     nist-800-53: [SC-7, SI-10]
#     soc2: [CC6.6]
#     fsbp: [ELB.12]
#   resource_types: [aws.elbv2.load_balancer]
#   sources: [cloudformation, cdk]
package palisade.rules.aws.elb.desync_mitigation

import data.palisade.lib

key := "routing.http.desync_mitigation_mode"

deny contains lib.result(r, ["properties", "attributes", key], msg) if {
	some r in lib.resources("aws.elbv2.load_balancer")
	r.properties.lb_type == "application"
	v := r.properties.attributes[key]
	is_string(v)
	lower(v) == "monitor"
	msg := concat("", ["Application load balancer '", r.name, "' only monitors HTTP desync (desync_mitigation_mode: monitor)."])
}
