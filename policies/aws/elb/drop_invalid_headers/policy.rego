# METADATA
# title: Application load balancer forwards invalid HTTP headers
# description: >-
#   Unless `routing.http.drop_invalid_header_fields.enabled` is true, an application load balancer
#   passes header names that are not valid HTTP on to its targets, where servers that parse them
#   differently open the way to request smuggling and header injection.
# custom:
#   id: PAL-ELB-004
#   severity: medium
#   category: access
#   cwe: CWE-444
#   remediation: >-
#     Add `LoadBalancerAttributes: [{Key: routing.http.drop_invalid_header_fields.enabled, Value:
#     "true"}]`; in CDK `new elbv2.ApplicationLoadBalancer(this, 'Lb', { dropInvalidHeaderFields:
#     true, ... })`.
#   frameworks:
#     nist-800-53: [SC-8, SI-10]
#     soc2: [CC6.6]
#     pci-dss: ["6.2.4"]
#     fsbp: [ELB.4]
#   resource_types: [aws.elbv2.load_balancer]
#   sources: [cloudformation, cdk]
package palisade.rules.aws.elb.drop_invalid_headers

import data.palisade.lib

key := "routing.http.drop_invalid_header_fields.enabled"

deny contains lib.result(r, ["properties", "attributes", key], msg) if {
	some r in lib.resources("aws.elbv2.load_balancer")
	r.properties.lb_type == "application"
	attrs := r.properties.attributes
	not lib.is_unknown(attrs)
	v := object.get(attrs, key, "false")
	is_string(v)
	lower(v) != "true"
	msg := concat("", ["Application load balancer '", r.name, "' forwards invalid HTTP header fields."])
}
