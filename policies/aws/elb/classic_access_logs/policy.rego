# METADATA
# title: Classic load balancer has no access logs
# description: >-
#   Without an enabled `AccessLoggingPolicy` a classic load balancer keeps no record of the
#   requests it served: attacks and abuse through it cannot be investigated. Load balancer
#   attributes are not in AWS Config items, so only templates are judged.
# custom:
#   id: PAL-ELB-009
#   severity: medium
#   category: logging
#   cwe: CWE-778
#   remediation: >-
#     Set `AccessLoggingPolicy: {Enabled: true, S3BucketName: <log bucket>, EmitInterval: 60}`; in
#     CDK `new elb.LoadBalancer(this, 'Lb', { accessLoggingPolicy: { enabled: true, s3BucketName } })`.
#   frameworks:
#     nist-800-53: [AU-2, AU-12]
#     soc2: [CC7.2]
#     pci-dss: ["10.2.1"]
#     fsbp: [ELB.5]
#   resource_types: [aws.elb.load_balancer]
#   sources: [cloudformation, cdk]
package palisade.rules.aws.elb.classic_access_logs

import data.palisade.lib

deny contains lib.result(r, ["properties", "access_logging"], msg) if {
	some r in lib.resources("aws.elb.load_balancer")
	lib.is_false(r.properties.access_logging)
	msg := concat("", ["Classic load balancer '", r.name, "' has no access logs."])
}
