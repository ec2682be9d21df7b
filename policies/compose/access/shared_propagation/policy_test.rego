package palisade.rules.compose.access.shared_propagation_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.access.shared_propagation as rule

bind(source, propagation) := {"type": "bind", "source": source, "target": "/mnt", "read_only": false, "propagation": propagation}

test_shared_and_rshared_binds_are_reported if {
	vols := [bind("/mnt/a", "rshared"), bind("/mnt/b", "rslave"), bind("/mnt/c", "shared")]
	fx.hits(rule.deny) == {["csi", ["properties", "volumes", 0]], ["csi", ["properties", "volumes", 2]]} with input.resources as [fx.service("csi", {"volumes": vols})]
}

test_message_names_the_mode if {
	r := fx.service("csi", {"volumes": [bind("/var/lib/csi", "rshared")]})
	{d.msg | some d in rule.deny} == {"Service 'csi' mounts /var/lib/csi with rshared propagation."} with input.resources as [r]
}

test_default_private_and_slave_pass if {
	vols := [
		{"type": "bind", "source": "./data", "target": "/data", "read_only": false},
		bind("/mnt/media", "rslave"), bind("/srv", "rprivate"),
	]
	count(rule.deny) == 0 with input.resources as [fx.service("app", {"volumes": vols})]
}
