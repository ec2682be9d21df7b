package palisade.rules.aws.ecs.container_insights_test

import data.palisade.rules.aws.ecs.container_insights

cluster(v) := {"id": "c", "type": "aws.ecs.cluster", "name": "c", "tags": {}, "properties": {"container_insights": v}}

test_off if {
	r := container_insights.deny with input.resources as [cluster("disabled")]
	r == {{"resource": "c", "path": ["properties", "container_insights"], "msg": "ECS cluster 'c' has Container Insights off."}}
	count(container_insights.deny) == 1 with input.resources as [cluster(null)]
}

test_on_and_unknown if {
	every v in ["enabled", "enhanced", {"$unknown": "Ref"}] {
		count(container_insights.deny) == 0 with input.resources as [cluster(v)]
	}
}
