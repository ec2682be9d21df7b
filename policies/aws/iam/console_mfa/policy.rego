# METADATA
# title: IAM user with a console password has no MFA
# description: >-
#   A user who signs in to the console with a password alone is one phished or reused password
#   away from a takeover. Only a live account shows this (the IAM credential report).
# custom:
#   id: PAL-IAM-011
#   severity: high
#   category: access
#   cwe: CWE-308
#   remediation: >-
#     Enable an MFA device for the user (or require one with a policy that denies everything
#     without `aws:MultiFactorAuthPresent`), or remove the console password of users who do not
#     need it; prefer IAM Identity Center for people.
#   frameworks:
#     cis-aws: ["1.10"]
#     nist-800-53: [IA-2]
#     pci-dss: ["8.4.2"]
#     soc2: [CC6.1]
#     fsbp: [IAM.5]
#   resource_types: [aws.iam.user]
#   sources: [aws]
package palisade.rules.aws.iam.console_mfa

import data.palisade.lib

deny contains lib.result(r, ["properties", "mfa_active"], msg) if {
	some r in lib.resources("aws.iam.user")
	r.properties.login_profile == true
	lib.is_false(object.get(r.properties, "mfa_active", null))
	msg := concat("", ["IAM user '", r.name, "' signs in to the console without MFA."])
}
