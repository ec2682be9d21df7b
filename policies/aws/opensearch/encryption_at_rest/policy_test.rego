package palisade.rules.aws.opensearch.encryption_at_rest_test

import data.palisade.rules.aws.opensearch.encryption_at_rest

domain(enabled) := {"id": "d", "type": "aws.opensearch.domain", "name": "d", "properties": {"encryption_at_rest": {"enabled": enabled, "kms_key_id": null}}, "tags": {}}

test_unencrypted if {
	r := encryption_at_rest.deny with input.resources as [domain(false)]
	r == {{"resource": "d", "path": ["properties", "encryption_at_rest", "enabled"], "msg": "OpenSearch domain 'd' is not encrypted at rest."}}
}

test_encrypted_or_unknown if {
	count(encryption_at_rest.deny) == 0 with input.resources as [domain(true)]
	count(encryption_at_rest.deny) == 0 with input.resources as [domain({"$unknown": "Ref"})]
}
