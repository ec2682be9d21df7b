package palisade.rules.aws.opensearch.fine_grained_access_test

import data.palisade.rules.aws.opensearch.fine_grained_access

domain(v) := {"id": "d", "type": "aws.opensearch.domain", "name": "d", "properties": {"fine_grained_access": {"enabled": v, "internal_user_database": false}}, "tags": {}}

test_off if {
	r := fine_grained_access.deny with input.resources as [domain(false)]
	r == {{"resource": "d", "path": ["properties", "fine_grained_access", "enabled"], "msg": "OpenSearch domain 'd' has no fine-grained access control."}}
}

test_on_or_unknown if {
	count(fine_grained_access.deny) == 0 with input.resources as [domain(true)]
	count(fine_grained_access.deny) == 0 with input.resources as [domain({"$unknown": "Ref"})]
}
