# METADATA
# title: Seccomp, AppArmor or SELinux confinement is disabled
# description: >-
#   `seccomp:unconfined` lets the container call every system call (including those used in
#   kernel exploits); `apparmor:unconfined` and `label:disable` remove the mandatory access
#   control profile; `systempaths=unconfined` unmasks /proc and /sys paths.
# custom:
#   id: PAL-COMPOSE-012
#   severity: medium
#   category: access
#   cwe: CWE-693
#   remediation: >-
#     Remove the option to keep Docker's default profile, or give a custom profile that
#     allows only the extra calls the service needs (`seccomp:./seccomp.json`).
#   frameworks:
#     nist-800-53: [CM-7, SC-39]
#     cis-docker: ["5.2", "5.3", "5.22"]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.access.unconfined_profile

import data.palisade.lib
import data.palisade.lib.compose

unconfined := {
	"seccomp": "unconfined",
	"apparmor": "unconfined",
	"label": "disable",
	"systempaths": "unconfined",
}

deny contains lib.result(r, ["properties", "security_opt", i], msg) if {
	some r in compose.services
	some i, opt in r.properties.security_opt
	is_string(opt)
	parts := regex.split(`[:=]`, lower(trim_space(opt)))
	count(parts) == 2
	unconfined[parts[0]] == trim_space(parts[1])
	msg := concat("", ["Service '", r.name, "' disables its confinement with security_opt ", opt, "."])
}
