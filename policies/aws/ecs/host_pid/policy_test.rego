package palisade.rules.aws.ecs.host_pid_test

import data.palisade.rules.aws.ecs.host_pid

task(mode) := {"id": "t", "type": "aws.ecs.task_definition", "name": "t", "tags": {}, "properties": {"pid_mode": mode, "containers": []}}

test_host if {
	r := host_pid.deny with input.resources as [task("host")]
	r == {{"resource": "t", "path": ["properties", "pid_mode"], "msg": "Task definition 't' shares the host's process namespace (PidMode: host)."}}
}

test_other_modes if {
	every m in ["task", null, {"$unknown": "Ref"}] {
		count(host_pid.deny) == 0 with input.resources as [task(m)]
	}
}
