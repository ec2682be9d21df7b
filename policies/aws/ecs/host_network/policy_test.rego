package palisade.rules.aws.ecs.host_network_test

import data.palisade.rules.aws.ecs.host_network

task(mode) := {"id": "t", "type": "aws.ecs.task_definition", "name": "t", "tags": {}, "properties": {"network_mode": mode, "containers": []}}

test_host if {
	r := host_network.deny with input.resources as [task("host")]
	r == {{"resource": "t", "path": ["properties", "network_mode"], "msg": "Task definition 't' uses the host's network namespace (NetworkMode: host)."}}
}

test_other_modes if {
	every m in ["awsvpc", "bridge", null, {"$unknown": "Ref"}] {
		count(host_network.deny) == 0 with input.resources as [task(m)]
	}
}
