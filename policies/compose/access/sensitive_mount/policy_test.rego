package palisade.rules.compose.access.sensitive_mount_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.access.sensitive_mount as rule

bind(source, ro) := {"type": "bind", "source": source, "target": "/mnt/x", "read_only": ro}

test_system_folders_are_reported if {
	vols := [
		bind("/", true), bind("/etc", true), bind("/proc", false), bind("/sys/fs/cgroup", true),
		bind("/root/.ssh", true), bind("/var/lib/docker", true), bind("/boot/", true),
	]
	fx.hits(rule.deny) == {["agent", ["properties", "volumes", i]] | some i in numbers.range(0, 6)} with input.resources as [fx.service("agent", {"volumes": vols})]
}

test_secrets_under_etc_and_credential_folders_are_reported if {
	vols := [bind("/etc/shadow", true), bind("~/.aws", true), bind("/home/dev/.kube/config", true), bind("/etc/nginx", false)]
	fx.hits(rule.deny) == {["agent", ["properties", "volumes", i]] | some i in numbers.range(0, 3)} with input.resources as [fx.service("agent", {"volumes": vols})]
}

test_message_says_the_mode if {
	r := fx.service("agent", {"volumes": [bind("/etc", false)]})
	{d.msg | some d in rule.deny} == {"Service 'agent' mounts the sensitive host path /etc (writable)."} with input.resources as [r]
}

test_harmless_read_only_and_project_binds_pass if {
	vols := [
		bind("/etc/localtime", true), bind("/etc/ssl/certs", true), bind("./config", false),
		bind("/srv/app/data", false), bind("/var/run/docker.sock", false),
		bind("/var/log", true), bind("/opt/app", false), bind("/home/dev/projects/app", false),
		{"type": "volume", "source": "etc", "target": "/etc/app", "read_only": false},
	]
	count(rule.deny) == 0 with input.resources as [fx.service("agent", {"volumes": vols})]
}
