# METADATA
# title: Privilege escalation is not blocked (no-new-privileges)
# description: >-
#   Without `no-new-privileges:true`, a process in the container can gain privileges
#   through setuid/setgid binaries or file capabilities, turning a foothold as an
#   unprivileged user into root in the container.
# custom:
#   id: PAL-COMPOSE-011
#   severity: medium
#   category: access
#   cwe: CWE-269
#   remediation: >-
#     Add `security_opt: ["no-new-privileges:true"]`.
#   frameworks:
#     nist-800-53: [AC-6]
#     cis-docker: ["5.26"]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.access.no_new_privileges

import data.palisade.lib
import data.palisade.lib.compose

# Set explicitly to false: the finding points at that option.
deny contains lib.result(r, ["properties", "security_opt", i], msg) if {
	some r in compose.services
	not enabled(r.properties.security_opt)
	some i, opt in r.properties.security_opt
	value(opt) == "false"
	msg := concat("", ["Service '", r.name, "' sets no-new-privileges to false."])
}

# Missing: the finding points at the service.
deny contains lib.result(r, [], msg) if {
	some r in compose.services
	opts := r.properties.security_opt
	is_array(opts)
	not enabled(opts)
	not disabled(opts)
	msg := concat("", ["Service '", r.name, "' does not set security_opt no-new-privileges:true."])
}

enabled(opts) if {
	some opt in opts
	value(opt) == "true"
}

disabled(opts) if {
	some opt in opts
	value(opt) == "false"
}

# "no-new-privileges", "no-new-privileges:true", "no-new-privileges=false" -> "true"/"false".
value(opt) := "true" if lower(trim_space(opt)) == "no-new-privileges"

value(opt) := lower(trim_space(v)) if {
	parts := regex.split(`[:=]`, opt)
	count(parts) == 2
	lower(trim_space(parts[0])) == "no-new-privileges"
	v := parts[1]
}
