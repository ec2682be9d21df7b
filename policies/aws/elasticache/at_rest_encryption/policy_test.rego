package palisade.rules.aws.elasticache.at_rest_encryption_test

import data.palisade.rules.aws.elasticache.at_rest_encryption

group(v) := {"id": "g", "type": "aws.elasticache.replication_group", "name": "g", "tags": {}, "properties": {"at_rest_encryption": v}}

test_unencrypted if {
	r := at_rest_encryption.deny with input.resources as [group(false)]
	r == {{"resource": "g", "path": ["properties", "at_rest_encryption"], "msg": "ElastiCache replication group 'g' is not encrypted at rest."}}
}

test_encrypted_or_unknown if {
	count(at_rest_encryption.deny) == 0 with input.resources as [group(true)]
	count(at_rest_encryption.deny) == 0 with input.resources as [group({"$unknown": "Ref"})]
}
