package palisade.rules.aws.ecs.writable_root_fs_test

import data.palisade.rules.aws.ecs.writable_root_fs

task(containers) := {"id": "t", "type": "aws.ecs.task_definition", "name": "t", "tags": {}, "properties": {"containers": containers}}

test_writable if {
	r := writable_root_fs.deny with input.resources as [task([{"name": "app", "read_only": false}])]
	r == {{"resource": "t", "path": ["properties", "containers", 0, "read_only"], "msg": "Container 'app' of task definition 't' has a writable root filesystem."}}
}

test_read_only_and_unknown if {
	count(writable_root_fs.deny) == 0 with input.resources as [task([{"name": "a", "read_only": true}, {"name": "b", "read_only": {"$unknown": "Ref"}}])]
}
