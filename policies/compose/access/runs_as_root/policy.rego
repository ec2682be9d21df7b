# METADATA
# title: Service runs as root
# description: >-
#   Without a `user:` (or with root/0), the service's process runs as root in the container
#   unless its image switches user: a compromise gets root's access to every file in the
#   container and to whatever is mounted, and is one kernel bug away from root on the host.
# custom:
#   id: PAL-COMPOSE-013
#   severity: medium
#   category: access
#   cwe: CWE-250
#   remediation: >-
#     Set `user:` to an unprivileged uid:gid (e.g. `user: "10001:10001"`, or the image's own
#     user such as `postgres`), and give volumes matching ownership.
#   frameworks:
#     nist-800-53: [AC-6]
#     cis-docker: ["4.1"]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.access.runs_as_root

import data.palisade.lib
import data.palisade.lib.compose
import data.palisade.lib.container

deny contains lib.result(r, [], msg) if {
	some r in compose.services
	container.no_user(r.properties)
	msg := concat("", ["Service '", r.name, "' sets no user: it runs as root unless its image switches user."])
}

deny contains lib.result(r, ["properties", "user"], msg) if {
	some r in compose.services
	user := r.properties.user
	container.root_user(user)
	msg := concat("", ["Service '", r.name, "' runs as root (user: \"", user, "\")."])
}
