package palisade.rules.aws.elasticache.literal_auth_token_test

import data.palisade.rules.aws.elasticache.literal_auth_token

group(token) := {"id": "g", "type": "aws.elasticache.replication_group", "name": "g", "tags": {}, "properties": {"auth_token": token}}

test_literal if {
	r := literal_auth_token.deny with input.resources as [group({"literal": true, "managed": false})]
	r == {{"resource": "g", "path": ["properties", "auth_token"], "msg": "ElastiCache replication group 'g' has its AUTH token written in the template."}}
}

test_noecho_default if {
	r := literal_auth_token.deny with input.resources as [group({"literal": true, "managed": true})]
	r == {{"resource": "g", "path": ["properties", "auth_token"], "msg": "ElastiCache replication group 'g' has its AUTH token written in the template (the Default of a NoEcho parameter)."}}
}

test_managed_absent_or_unknown if {
	count(literal_auth_token.deny) == 0 with input.resources as [group({"literal": false, "managed": true})]
	count(literal_auth_token.deny) == 0 with input.resources as [group(null)]
	count(literal_auth_token.deny) == 0 with input.resources as [group({"$unknown": "Fn::If"})]
}
