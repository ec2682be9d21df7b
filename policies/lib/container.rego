# How a container is judged, whatever runs it: a Compose service (src/model/compose.ts) and an
# ECS container definition (src/model/aws/ecs.ts) carry the same facts under the same names
# (privileged, user, read_only), so both rule families ask the same questions here.
package palisade.lib.container

# Every capability and every host device.
privileged(c) if c.privileged == true

# No user set: the image's user decides, which is root unless the image switches.
no_user(c) if c.user == null

# A user (`name`, `uid`, `name:group`, `uid:gid`) that is root. An empty user is root too; a
# group alone (`:1000`) keeps the image's user and is not judged.
root_user(user) if {
	is_string(user)
	regex.match(`^\s*(root|0)?\s*(:.*)?$`, user)
	not regex.match(`^\s*:`, user)
}

# The root filesystem is writable: read-only was not asked for.
writable_root(c) if c.read_only == false

# A namespace (network, pid, ipc) shared with the host.
host_mode(mode) if {
	is_string(mode)
	lower(mode) == "host"
}
