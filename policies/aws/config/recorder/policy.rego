# METADATA
# title: AWS Config does not record every resource type in a region
# description: >-
#   Without a configuration recorder that is on and records all supported types, changes in the
#   region leave no history, and the inventory a live scan reads is incomplete. Only a live
#   account shows this.
# custom:
#   id: PAL-CFG-001
#   severity: medium
#   category: logging
#   cwe: CWE-778
#   remediation: >-
#     Create a recorder in every enabled region recording all supported resource types, with a
#     delivery channel, and start it (`aws configservice start-configuration-recorder`).
#   frameworks:
#     cis-aws: ["3.3"]
#     nist-800-53: [CM-8, AU-12]
#     soc2: [CC7.1]
#     fsbp: [Config.1]
#   resource_types: [aws.config.recorder]
#   sources: [aws]
package palisade.rules.aws.config.recorder

import data.palisade.lib

deny contains lib.result(r, ["properties", "exists"], msg) if {
	some r in lib.resources("aws.config.recorder")
	r.properties.exists == false
	msg := concat("", ["Region ", r.properties.region, " has no AWS Config recorder."])
}

deny contains lib.result(r, ["properties", "recording"], msg) if {
	some r in lib.resources("aws.config.recorder")
	r.properties.exists == true
	lib.is_false(r.properties.recording)
	msg := concat("", ["The AWS Config recorder in ", r.properties.region, " is stopped."])
}

deny contains lib.result(r, ["properties", "all_supported"], msg) if {
	some r in lib.resources("aws.config.recorder")
	r.properties.exists == true
	lib.is_false(r.properties.all_supported)
	msg := concat("", ["The AWS Config recorder in ", r.properties.region, " records only some resource types."])
}
