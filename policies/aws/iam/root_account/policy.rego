# METADATA
# title: Root user has access keys or no MFA
# description: >-
#   The root user can do anything in the account, including closing it, and no policy limits it.
#   Access keys for it can leak from any machine they are copied to; without MFA a stolen password
#   is enough. Only a live account shows this (the IAM credential report's root row).
# custom:
#   id: PAL-IAM-010
#   severity: critical
#   category: access
#   cwe: CWE-308
#   remediation: >-
#     Delete the root user's access keys (IAM console, Security credentials) and enable MFA on it,
#     preferably a hardware key; use IAM roles for daily work.
#   frameworks:
#     cis-aws: ["1.4", "1.5"]
#     nist-800-53: [AC-6, IA-2]
#     pci-dss: ["8.4.1"]
#     soc2: [CC6.1]
#     fsbp: [IAM.4]
#   resource_types: [aws.iam.account]
#   sources: [aws]
package palisade.rules.aws.iam.root_account

import data.palisade.lib

deny contains lib.result(r, ["properties", "root", "access_keys_active"], msg) if {
	some r in lib.resources("aws.iam.account")
	r.properties.root.access_keys_active == true
	msg := concat("", ["The root user of account ", r.name, " has an active access key."])
}

deny contains lib.result(r, ["properties", "root", "mfa_active"], msg) if {
	some r in lib.resources("aws.iam.account")
	lib.is_false(r.properties.root.mfa_active)
	msg := concat("", ["The root user of account ", r.name, " has no MFA device."])
}
