package palisade.rules.aws.opensearch.enforce_https_test

import data.palisade.rules.aws.opensearch.enforce_https

domain(v) := {"id": "d", "type": "aws.opensearch.domain", "name": "d", "properties": {"enforce_https": v}, "tags": {}}

test_http_allowed if {
	r := enforce_https.deny with input.resources as [domain(false)]
	r == {{"resource": "d", "path": ["properties", "enforce_https"], "msg": "OpenSearch domain 'd' accepts requests over plain HTTP."}}
}

test_enforced_or_unknown if {
	count(enforce_https.deny) == 0 with input.resources as [domain(true)]
	count(enforce_https.deny) == 0 with input.resources as [domain({"$unknown": "Ref"})]
}
