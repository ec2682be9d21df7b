package palisade.rules.aws.elasticache.transit_encryption_test

import data.palisade.rules.aws.elasticache.transit_encryption

group(v) := {"id": "g", "type": "aws.elasticache.replication_group", "name": "g", "tags": {}, "properties": {"transit_encryption": v}}

test_plaintext if {
	r := transit_encryption.deny with input.resources as [group(false)]
	r == {{"resource": "g", "path": ["properties", "transit_encryption"], "msg": "ElastiCache replication group 'g' does not encrypt traffic in transit."}}
}

test_encrypted_or_unknown if {
	count(transit_encryption.deny) == 0 with input.resources as [group(true)]
	count(transit_encryption.deny) == 0 with input.resources as [group({"$unknown": "Ref"})]
}
