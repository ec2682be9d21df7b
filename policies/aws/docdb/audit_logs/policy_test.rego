package palisade.rules.aws.docdb.audit_logs_test

import data.palisade.rules.aws.docdb.audit_logs

db(v) := {"id": "d", "type": "aws.docdb.cluster", "name": "d", "tags": {}, "properties": {"log_exports": v}}

test_no_audit if {
	r := audit_logs.deny with input.resources as [db(["profiler"])]
	r == {{"resource": "d", "path": ["properties", "log_exports"], "msg": "DocumentDB cluster 'd' does not export its audit log to CloudWatch Logs."}}
	count(audit_logs.deny) == 1 with input.resources as [db([])]
}

test_audit_or_unknown if {
	count(audit_logs.deny) == 0 with input.resources as [db(["audit", "profiler"])]
	count(audit_logs.deny) == 0 with input.resources as [db([{"$unknown": "Ref"}])]
}
