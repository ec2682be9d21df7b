# METADATA
# title: Account password policy is missing or weak
# description: >-
#   Without a password policy IAM accepts 8-character passwords and their reuse. CIS asks for at
#   least 14 characters and no reuse of the last 24. Only a live account shows this.
# custom:
#   id: PAL-IAM-013
#   severity: medium
#   category: access
#   cwe: CWE-521
#   remediation: >-
#     Set the account password policy (`aws iam update-account-password-policy
#     --minimum-password-length 14 --password-reuse-prevention 24`).
#   frameworks:
#     cis-aws: ["1.8", "1.9"]
#     nist-800-53: [IA-5]
#     pci-dss: ["8.3.6"]
#   resource_types: [aws.iam.account]
#   sources: [aws]
package palisade.rules.aws.iam.password_policy

import data.palisade.lib

deny contains lib.result(r, ["properties", "password_policy"], msg) if {
	some r in lib.resources("aws.iam.account")
	r.properties.password_policy == null
	msg := concat("", ["Account ", r.name, " has no password policy."])
}

deny contains lib.result(r, ["properties", "password_policy"], msg) if {
	some r in lib.resources("aws.iam.account")
	p := r.properties.password_policy
	is_object(p)
	lib.known(p)
	weak := [c.name |
		some c in checks
		not strong(p, c)
	]
	count(weak) > 0
	msg := concat("", ["Account ", r.name, "'s password policy is weak: ", concat(", ", sort(weak)), "."])
}

checks := [
	{"name": "minimum length under 14", "key": "minimum_length", "min": 14},
	{"name": "reuse of the last 24 passwords allowed", "key": "reuse_prevention", "min": 24},
]

strong(p, c) if object.get(p, c.key, null) >= c.min
