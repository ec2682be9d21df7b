package palisade.rules.aws.opensearch.public_access_test

import data.palisade.rules.aws.opensearch.public_access

open_statement := {
	"sid": null, "effect": "Allow", "not_principal": false,
	"principal": {"any": true, "aws": ["*"], "service": [], "federated": []},
	"actions": ["es:*"], "not_actions": [],
	"resources": ["arn:aws:es:eu-west-1:111122223333:domain/d/*"], "not_resources": [],
	"conditions": {},
}

domain(in_vpc, fgac, statement) := {
	"id": "d", "type": "aws.opensearch.domain", "name": "d", "tags": {},
	"properties": {"in_vpc": in_vpc, "fine_grained_access": {"enabled": fgac, "internal_user_database": false}, "access_policy": {"statements": [statement]}},
}

test_open if {
	r := public_access.deny with input.resources as [domain(false, false, open_statement)]
	r == {{"resource": "d", "path": ["properties", "access_policy", "statements", 0, "principal"], "msg": "OpenSearch domain 'd' has a public endpoint and an access policy that allows everyone."}}
}

test_in_vpc_or_fgac if {
	count(public_access.deny) == 0 with input.resources as [domain(true, false, open_statement)]
	count(public_access.deny) == 0 with input.resources as [domain(false, true, open_statement)]
}

test_ip_restricted if {
	s := object.union(open_statement, {"conditions": {"IpAddress": {"aws:sourceip": ["203.0.113.0/24"]}}})
	count(public_access.deny) == 0 with input.resources as [domain(false, false, s)]
}
