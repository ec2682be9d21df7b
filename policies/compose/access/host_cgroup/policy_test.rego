package palisade.rules.compose.access.host_cgroup_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.access.host_cgroup as rule

test_host_cgroup_is_reported if {
	services := [fx.service("agent", {"cgroup": "host"}), fx.service("cadvisor", {"cgroup": "Host"})]
	fx.hits(rule.deny) == {["agent", ["properties", "cgroup"]], ["cadvisor", ["properties", "cgroup"]]} with input.resources as services
}

test_message_names_the_setting if {
	{d.msg | some d in rule.deny} == {"Service 'agent' uses the host's cgroup namespace (cgroup: host)."} with input.resources as [fx.service("agent", {"cgroup": "host"})]
}

test_private_or_default_cgroup_passes if {
	services := [fx.service("a", {}), fx.service("b", {"cgroup": "private"})]
	count(rule.deny) == 0 with input.resources as services
}
