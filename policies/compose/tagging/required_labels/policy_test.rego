package palisade.rules.compose.tagging.required_labels_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.tagging.required_labels as rule

test_missing_labels_are_listed_in_one_finding if {
	r := object.union(fx.service("web", {}), {"tags": {"owner": "platform"}})
	rule.deny == {{
		"resource": r.id,
		"path": [],
		"msg": "Service 'web' lacks the required labels: environment, data-classification.",
	}} with input.resources as [r]
		with data.config as {"required_tags": ["owner", "environment", "data-classification"]}
}

test_labelled_or_nothing_required_passes if {
	r := object.union(fx.service("web", {}), {"tags": {"owner": "platform", "environment": "dev"}})
	count(rule.deny) == 0 with input.resources as [r] with data.config as {"required_tags": ["owner", "environment"]}
	count(rule.deny) == 0 with input.resources as [fx.service("db", {})]
}
