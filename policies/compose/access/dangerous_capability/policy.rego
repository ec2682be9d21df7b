# METADATA
# title: Dangerous Linux capability is added
# description: >-
#   Capabilities such as SYS_ADMIN, SYS_MODULE, SYS_PTRACE, NET_ADMIN, DAC_READ_SEARCH or ALL
#   give a container powers over the host kernel, its network and other processes that are
#   close to running privileged, and are the usual means of a container escape.
# custom:
#   id: PAL-COMPOSE-009
#   severity: high
#   category: access
#   cwe: CWE-250
#   remediation: >-
#     Remove the capability from `cap_add`. Start from `cap_drop: [ALL]` and add back only
#     narrow ones the service provably needs (e.g. NET_BIND_SERVICE).
#   frameworks:
#     nist-800-53: [AC-6]
#     cis-docker: ["5.4"]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.access.dangerous_capability

import data.palisade.lib
import data.palisade.lib.compose

dangerous := {
	"ALL", "SYS_ADMIN", "SYS_MODULE", "SYS_PTRACE", "SYS_RAWIO", "SYS_BOOT", "SYS_TIME",
	"SYS_RESOURCE", "NET_ADMIN", "DAC_READ_SEARCH", "MAC_ADMIN", "MAC_OVERRIDE", "BPF",
	"PERFMON", "SYSLOG", "LINUX_IMMUTABLE",
}

# One finding per capability, at its own line.
deny contains lib.result(r, ["properties", "cap_add", i], msg) if {
	some r in compose.services
	some i, cap in r.properties.cap_add
	is_string(cap)
	name := trim_prefix(upper(cap), "CAP_")
	name in dangerous
	msg := concat("", ["Service '", r.name, "' adds the capability ", name, "."])
}
