package palisade.rules.aws.logs.retention_test

import data.palisade.rules.aws.logs.retention

group(v) := {"id": "g", "type": "aws.logs.log_group", "name": "g", "tags": {}, "properties": {"retention_days": v}}

test_forever if {
	r := retention.deny with input.resources as [group(null)]
	r == {{"resource": "g", "path": ["properties", "retention_days"], "msg": "Log group 'g' has no retention period: its events never expire."}}
}

test_retention_or_unknown if {
	count(retention.deny) == 0 with input.resources as [group(30)]
	count(retention.deny) == 0 with input.resources as [group({"$unknown": "Ref"})]
}
