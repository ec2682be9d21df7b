# METADATA
# title: Load balancer has no deletion protection
# description: >-
#   Without `deletion_protection.enabled` one mistaken stack update, script or console click
#   deletes the load balancer and its DNS name: every client and DNS record pointing at it breaks
#   until a new one is created and propagated.
# custom:
#   id: PAL-ELB-005
#   severity: low
#   category: reliability
#   cwe: none
#   remediation: >-
#     Add `LoadBalancerAttributes: [{Key: deletion_protection.enabled, Value: "true"}]`; in CDK
#     `deletionProtection: true` on the load balancer.
#   frameworks:
#     nist-800-53: [CP-10, SC-5]
#     soc2: [A1.2]
#     fsbp: [ELB.6]
#   resource_types: [aws.elbv2.load_balancer]
#   sources: [cloudformation, cdk]
package palisade.rules.aws.elb.deletion_protection

import data.palisade.lib

key := "deletion_protection.enabled"

deny contains lib.result(r, ["properties", "attributes", key], msg) if {
	some r in lib.resources("aws.elbv2.load_balancer")
	attrs := r.properties.attributes
	not lib.is_unknown(attrs)
	v := object.get(attrs, key, "false")
	is_string(v)
	lower(v) != "true"
	msg := concat("", ["Load balancer '", r.name, "' has no deletion protection."])
}
