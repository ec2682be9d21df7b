package palisade.rules.aws.ecs.runs_as_root_test

import data.palisade.rules.aws.ecs.runs_as_root

task(containers) := {"id": "t", "type": "aws.ecs.task_definition", "name": "t", "tags": {}, "properties": {"containers": containers}}

test_no_user_points_at_the_container if {
	r := runs_as_root.deny with input.resources as [task([{"name": "app", "user": null}])]
	r == {{"resource": "t", "path": ["properties", "containers", 0], "msg": "Container 'app' of task definition 't' sets no User: it runs as root unless its image switches user."}}
}

test_root_user if {
	r := runs_as_root.deny with input.resources as [task([{"name": "a", "user": "1000"}, {"name": "b", "user": "0:0"}])]
	{d.path | some d in r} == {["properties", "containers", 1, "user"]}
}

test_unprivileged_and_unknown if {
	count(runs_as_root.deny) == 0 with input.resources as [task([{"name": "a", "user": "app"}, {"name": "b", "user": {"$unknown": "Ref"}}])]
}
