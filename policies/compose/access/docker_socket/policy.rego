# METADATA
# title: Container engine socket is mounted
# description: >-
#   Whoever can talk to the Docker (or Podman, containerd) socket can start a privileged
#   container that mounts the host's root filesystem: mounting the socket, even read-only,
#   hands the service root on the host.
# custom:
#   id: PAL-COMPOSE-007
#   severity: critical
#   category: access
#   cwe: CWE-250
#   remediation: >-
#     Do not mount the socket. If the service must manage containers, put a filtering
#     socket proxy between them that allows only the API calls it needs.
#   frameworks:
#     nist-800-53: [AC-6]
#     cis-docker: ["5.32"]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.access.docker_socket

import data.palisade.lib
import data.palisade.lib.compose

# docker_engine is the Docker Engine's named pipe on Windows (//./pipe/docker_engine).
sockets := {"docker.sock", "podman.sock", "containerd.sock", "docker_engine"}

deny contains lib.result(r, ["properties", "volumes", i], msg) if {
	some r in compose.services
	some i, v in r.properties.volumes
	v.type in {"bind", "npipe"}
	is_string(v.source)
	parts := regex.split(`[/\\]`, v.source)
	parts[count(parts) - 1] in sockets
	msg := concat("", ["Service '", r.name, "' mounts the container engine socket ", v.source, "."])
}
