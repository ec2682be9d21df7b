package palisade.rules.aws.ecs.log_configuration_test

import data.palisade.rules.aws.ecs.log_configuration

task(containers) := {"id": "t", "type": "aws.ecs.task_definition", "name": "t", "tags": {}, "properties": {"containers": containers}}

test_no_logs if {
	r := log_configuration.deny with input.resources as [task([{"name": "app", "log_driver": "awslogs"}, {"name": "b", "log_driver": null}])]
	r == {{"resource": "t", "path": ["properties", "containers", 1], "msg": "Container 'b' of task definition 't' has no log configuration."}}
}

test_logs_and_unknown if {
	count(log_configuration.deny) == 0 with input.resources as [task([{"name": "a", "log_driver": "awsfirelens"}, {"name": "b", "log_driver": {"$unknown": "Ref"}}, {"$unknown": "If"}])]
}
