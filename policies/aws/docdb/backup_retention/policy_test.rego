package palisade.rules.aws.docdb.backup_retention_test

import data.palisade.rules.aws.docdb.backup_retention

db(v) := {"id": "d", "type": "aws.docdb.cluster", "name": "d", "tags": {}, "properties": {"backup_retention_days": v}}

test_short if {
	r := backup_retention.deny with input.resources as [db(1)]
	r == {{"resource": "d", "path": ["properties", "backup_retention_days"], "msg": "DocumentDB cluster 'd' keeps backups for 1 day(s), less than 7."}}
}

test_long_or_unknown if {
	count(backup_retention.deny) == 0 with input.resources as [db(7)]
	count(backup_retention.deny) == 0 with input.resources as [db({"$unknown": "Ref"})]
}
