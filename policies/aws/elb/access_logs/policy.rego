# METADATA
# title: Load balancer has no access logs
# description: >-
#   Without `access_logs.s3.enabled` an application or network load balancer keeps no record of
#   the requests it served (client address, path, status, TLS details): attacks and abuse through
#   it cannot be investigated. Load balancer attributes are not in AWS Config items, so only
#   templates are judged.
# custom:
#   id: PAL-ELB-003
#   severity: medium
#   category: logging
#   cwe: CWE-778
#   remediation: >-
#     Add `LoadBalancerAttributes: [{Key: access_logs.s3.enabled, Value: "true"}, {Key:
#     access_logs.s3.bucket, Value: <log bucket>}]`; in CDK `loadBalancer.logAccessLogs(bucket)`.
#   frameworks:
#     nist-800-53: [AU-2, AU-12]
#     soc2: [CC7.2]
#     pci-dss: ["10.2.1"]
#     fsbp: [ELB.5]
#   resource_types: [aws.elbv2.load_balancer]
#   sources: [cloudformation, cdk]
package palisade.rules.aws.elb.access_logs

import data.palisade.lib

key := "access_logs.s3.enabled"

deny contains lib.result(r, ["properties", "attributes", key], msg) if {
	some r in lib.resources("aws.elbv2.load_balancer")
	r.properties.lb_type in {"application", "network"}
	attrs := r.properties.attributes
	not lib.is_unknown(attrs)
	v := object.get(attrs, key, "false")
	is_string(v)
	lower(v) != "true"
	msg := concat("", ["Load balancer '", r.name, "' has no access logs."])
}
