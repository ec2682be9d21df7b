# METADATA
# title: Account has no multi-region CloudTrail trail that is logging
# description: >-
#   Without a multi-region trail that is on, API activity in some regions (or all of them) is
#   recorded nowhere: an intrusion leaves no trail. Only a live account shows whether a trail is
#   logging.
# custom:
#   id: PAL-CT-005
#   severity: high
#   category: logging
#   cwe: CWE-778
#   remediation: >-
#     Create a multi-region trail (or an organization trail) and start logging
#     (`aws cloudtrail start-logging`).
#   frameworks:
#     cis-aws: ["3.1"]
#     nist-800-53: [AU-2, AU-12]
#     pci-dss: ["10.2.1"]
#     soc2: [CC7.2]
#     fsbp: [CloudTrail.1]
#   resource_types: [aws.cloudtrail.account]
#   sources: [aws]
package palisade.rules.aws.cloudtrail.account_logging

import data.palisade.lib

deny contains lib.result(r, ["properties", "multi_region_logging"], msg) if {
	some r in lib.resources("aws.cloudtrail.account")
	lib.is_false(r.properties.multi_region_logging)
	msg := concat("", ["Account ", r.name, " has no multi-region CloudTrail trail that is logging."])
}
