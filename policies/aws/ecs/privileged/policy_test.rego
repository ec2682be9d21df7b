package palisade.rules.aws.ecs.privileged_test

import data.palisade.rules.aws.ecs.privileged

task(containers) := {"id": "t", "type": "aws.ecs.task_definition", "name": "t", "tags": {}, "properties": {"network_mode": "awsvpc", "pid_mode": null, "containers": containers}}

test_privileged if {
	r := privileged.deny with input.resources as [task([{"name": "app", "privileged": false}, {"name": "agent", "privileged": true}])]
	r == {{"resource": "t", "path": ["properties", "containers", 1, "privileged"], "msg": "Container 'agent' of task definition 't' runs privileged."}}
}

test_unprivileged_and_unknown if {
	count(privileged.deny) == 0 with input.resources as [task([{"name": "app", "privileged": false}, {"name": "b", "privileged": {"$unknown": "Ref"}}, {"$unknown": "If"}])]
}
