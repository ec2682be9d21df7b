# METADATA
# title: Amazon MQ broker is publicly accessible
# description: >-
#   `PubliclyAccessible: true` gives the broker's endpoints (and its web console) an address
#   on the internet: anyone can reach the login and the message protocols, guarded only by the
#   broker users' passwords.
# custom:
#   id: PAL-MQ-001
#   severity: high
#   category: access
#   cwe: CWE-668
#   remediation: >-
#     Set `PubliclyAccessible: false` and place the broker in private subnets (`SubnetIds`)
#     with security groups admitting only its clients; in CDK `new mq.CfnBroker(this, 'B', {
#     publiclyAccessible: false, subnetIds, securityGroups, ... })`.
#   frameworks:
#     nist-800-53: [AC-3, SC-7]
#     pci-dss: ["1.4.1"]
#     soc2: [CC6.6]
#   resource_types: [aws.mq.broker]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.mq.public_access

import data.palisade.lib

deny contains lib.result(r, ["properties", "publicly_accessible"], msg) if {
	some r in lib.resources("aws.mq.broker")
	r.properties.publicly_accessible == true
	msg := concat("", ["Amazon MQ broker '", r.name, "' is publicly accessible."])
}
