package palisade.rules.compose.access.docker_socket_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.access.docker_socket as rule

bind(source, target, ro) := {"type": "bind", "source": source, "target": target, "read_only": ro}

test_socket_mounts_are_reported_even_read_only if {
	services := [
		fx.service("agent", {"volumes": [
			bind("./data", "/data", false),
			bind("/var/run/docker.sock", "/var/run/docker.sock", true),
		]}),
		fx.service("ci", {"volumes": [bind("/run/docker.sock", "/var/run/docker.sock", false)]}),
		fx.service("rootless", {"volumes": [bind("/run/user/1000/podman/podman.sock", "/run/podman.sock", false)]}),
	]
	fx.hits(rule.deny) == {
		["agent", ["properties", "volumes", 1]],
		["ci", ["properties", "volumes", 0]],
		["rootless", ["properties", "volumes", 0]],
	} with input.resources as services
}

test_message_names_the_socket if {
	r := fx.service("agent", {"volumes": [bind("/var/run/docker.sock", "/var/run/docker.sock", false)]})
	{d.msg | some d in rule.deny} == {"Service 'agent' mounts the container engine socket /var/run/docker.sock."} with input.resources as [r]
}

test_named_volume_and_other_binds_pass if {
	r := fx.service("agent", {"volumes": [
		{"type": "volume", "source": "docker", "target": "/var/run", "read_only": false},
		bind("./sockets", "/sockets", false),
	]})
	count(rule.deny) == 0 with input.resources as [r]
}

test_windows_named_pipe_is_the_engine_socket if {
	services := [
		fx.service("portainer", {"volumes": [bind("//./pipe/docker_engine", "//./pipe/docker_engine", false)]}),
		fx.service("agent", {"volumes": [{"type": "npipe", "source": "\\\\.\\pipe\\docker_engine", "target": "\\\\.\\pipe\\docker_engine", "read_only": false}]}),
		fx.service("other", {"volumes": [{"type": "npipe", "source": "\\\\.\\pipe\\my_app", "target": "\\\\.\\pipe\\my_app", "read_only": false}]}),
	]
	fx.hits(rule.deny) == {
		["portainer", ["properties", "volumes", 0]],
		["agent", ["properties", "volumes", 0]],
	} with input.resources as services
}
