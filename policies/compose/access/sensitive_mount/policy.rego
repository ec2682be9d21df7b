# METADATA
# title: Sensitive host path is mounted
# description: >-
#   Mounting system directories (/, /etc, /proc, /sys, /boot, /root, /var/lib/docker...) or
#   credential folders (~/.ssh, ~/.aws, ~/.kube) exposes the host's configuration, secrets
#   and kernel interfaces to the container, and lets it change them when writable.
# custom:
#   id: PAL-COMPOSE-008
#   severity: high
#   category: access
#   cwe: CWE-668
#   remediation: >-
#     Mount only the files the service needs, read-only (`/etc/localtime:/etc/localtime:ro`),
#     or copy them into the image; pass credentials as Compose secrets.
#   frameworks:
#     nist-800-53: [AC-3, AC-6]
#     cis-docker: ["5.6"]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.access.sensitive_mount

import data.palisade.lib
import data.palisade.lib.compose

# Mounting these folders themselves is never right, read-only or not.
system_dirs := {
	"/", "/bin", "/boot", "/dev", "/etc", "/home", "/lib", "/lib64", "/proc", "/root",
	"/run", "/sbin", "/sys", "/usr", "/var", "/var/lib", "/var/run", "/var/lib/docker",
	"/var/lib/containerd", "/var/lib/kubelet", "/etc/kubernetes",
}

# Nothing below these is harmless either.
system_trees := {"/proc/", "/sys/", "/boot/", "/root/", "/var/lib/docker/", "/var/lib/containerd/", "/var/lib/kubelet/", "/etc/kubernetes/"}

# Files below /etc that hold secrets: sensitive even read-only (the rest of /etc is when writable).
etc_secrets := `^/etc/(shadow|gshadow|sudoers|ssh|ssl/private)(/|$)`

credential_dirs := `(^|/)\.(ssh|aws|kube|docker|gnupg|azure|config/gcloud)(/|$)`

deny contains lib.result(r, ["properties", "volumes", i], msg) if {
	some r in compose.services
	some i, v in r.properties.volumes
	v.type == "bind"
	is_string(v.source)
	sensitive(normalized(v.source), v.read_only)
	msg := concat("", ["Service '", r.name, "' mounts the sensitive host path ", v.source, mode(v.read_only), "."])
}

normalized(path) := path if path == "/"

normalized(path) := trim_right(path, "/") if path != "/"

sensitive(path, _) if path in system_dirs

sensitive(path, _) if {
	some prefix in system_trees
	startswith(path, prefix)
}

sensitive(path, _) if regex.match(etc_secrets, path)

sensitive(path, _) if regex.match(credential_dirs, path)

sensitive(path, read_only) if {
	startswith(path, "/etc/")
	read_only == false
}

mode(true) := " (read-only)"

mode(false) := " (writable)"
