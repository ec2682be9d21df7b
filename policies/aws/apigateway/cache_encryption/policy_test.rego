package palisade.rules.aws.apigateway.cache_encryption_test

import data.palisade.rules.aws.apigateway.cache_encryption

stage(v) := {"id": "s", "type": "aws.apigateway.stage", "name": "s", "tags": {}, "properties": {"cache_encrypted": v}}

test_unencrypted if {
	r := cache_encryption.deny with input.resources as [stage(false)]
	r == {{"resource": "s", "path": ["properties", "cache_encrypted"], "msg": "API Gateway stage 's' caches responses without encryption."}}
}

test_encrypted_no_cache_or_unknown if {
	count(cache_encryption.deny) == 0 with input.resources as [stage(true)]
	count(cache_encryption.deny) == 0 with input.resources as [stage(null)]
	count(cache_encryption.deny) == 0 with input.resources as [stage({"$unknown": "Fn::If"})]
}
