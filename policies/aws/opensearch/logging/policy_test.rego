package palisade.rules.aws.opensearch.logging_test

import data.palisade.rules.aws.opensearch.logging

domain(audit, app) := {
	"id": "d", "type": "aws.opensearch.domain", "name": "d", "tags": {},
	"properties": {"logging": {"audit": audit, "index_slow": false, "search_slow": false, "application": app}},
}

test_none if {
	r := logging.deny with input.resources as [domain(false, false)]
	r == {{"resource": "d", "path": ["properties", "logging"], "msg": "OpenSearch domain 'd' does not publish audit or application logs."}}
}

test_audit_missing if {
	r := logging.deny with input.resources as [domain(false, true)]
	r == {{"resource": "d", "path": ["properties", "logging"], "msg": "OpenSearch domain 'd' does not publish audit logs."}}
}

test_both_or_unknown if {
	count(logging.deny) == 0 with input.resources as [domain(true, true)]
	count(logging.deny) == 0 with input.resources as [domain({"$unknown": "Fn::If"}, true)]
	count(logging.deny) == 0 with input.resources as [object.union(domain(true, true), {"properties": {"logging": {"$unknown": "Fn::If"}}})]
}
