package palisade.rules.aws.neptune.audit_logs_test

import data.palisade.rules.aws.neptune.audit_logs

db(v) := {"id": "n", "type": "aws.neptune.cluster", "name": "n", "tags": {}, "properties": {"log_exports": v}}

test_no_audit if {
	r := audit_logs.deny with input.resources as [db(["slowquery"])]
	r == {{"resource": "n", "path": ["properties", "log_exports"], "msg": "Neptune cluster 'n' does not export its audit log to CloudWatch Logs."}}
}

test_audit_or_unknown if {
	count(audit_logs.deny) == 0 with input.resources as [db(["audit"])]
	count(audit_logs.deny) == 0 with input.resources as [db([{"$unknown": "Ref"}])]
}
