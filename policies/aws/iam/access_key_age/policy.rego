# METADATA
# title: IAM access key is older than 90 days or unused for 45
# description: >-
#   A long-lived access key has had time to be copied into scripts, images and laptops; a key
#   nobody uses is only a risk. Only a live account shows this (the IAM credential report).
# custom:
#   id: PAL-IAM-012
#   severity: medium
#   category: access
#   cwe: CWE-262
#   remediation: >-
#     Rotate keys older than 90 days (create a second key, switch, deactivate and delete the old
#     one) and deactivate keys unused for 45 days; prefer roles with temporary credentials.
#   frameworks:
#     cis-aws: ["1.12", "1.14"]
#     nist-800-53: [AC-2, IA-5]
#     pci-dss: ["8.3.9"]
#     fsbp: [IAM.3]
#   resource_types: [aws.iam.user]
#   sources: [aws]
package palisade.rules.aws.iam.access_key_age

import data.palisade.lib

deny contains lib.result(r, ["properties", "access_keys", i], msg) if {
	some r in lib.resources("aws.iam.user")
	some i, k in object.get(r.properties, "access_keys", [])
	k.active == true
	k.last_rotated_days > 90
	msg := concat("", ["IAM user '", r.name, "' has an active access key ", format_int(k.last_rotated_days, 10), " days old."])
}

deny contains lib.result(r, ["properties", "access_keys", i], msg) if {
	some r in lib.resources("aws.iam.user")
	some i, k in object.get(r.properties, "access_keys", [])
	k.active == true
	k.last_rotated_days <= 90
	idle_days(k) > 45
	msg := concat("", ["IAM user '", r.name, "' has an active access key unused for ", format_int(idle_days(k), 10), " days."])
}

# A key never used has been idle since it was created.
idle_days(k) := k.last_used_days if is_number(k.last_used_days)

idle_days(k) := k.last_rotated_days if k.last_used_days == null
