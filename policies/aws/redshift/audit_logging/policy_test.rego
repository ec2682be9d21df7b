package palisade.rules.aws.redshift.audit_logging_test

import data.palisade.rules.aws.redshift.audit_logging

cluster(v) := {"id": "c", "type": "aws.redshift.cluster", "name": "c", "tags": {}, "properties": {"audit_logging": v}}

test_no_logging if {
	r := audit_logging.deny with input.resources as [cluster(false)]
	r == {{"resource": "c", "path": ["properties", "audit_logging"], "msg": "Redshift cluster 'c' has no audit logging."}}
}

test_logging_or_unknown if {
	count(audit_logging.deny) == 0 with input.resources as [cluster(true)]
	count(audit_logging.deny) == 0 with input.resources as [cluster({"$unknown": "Fn::If"})]
}
