package palisade.rules.aws.msk.transit_encryption_test

import data.palisade.rules.aws.msk.transit_encryption

msk(props) := {"id": "k", "type": "aws.msk.cluster", "name": "k", "tags": {}, "properties": object.union({"client_broker_encryption": "TLS", "in_cluster_encryption": true}, props)}

test_plaintext if {
	r := transit_encryption.deny with input.resources as [msk({"client_broker_encryption": "TLS_PLAINTEXT", "in_cluster_encryption": false})]
	r == {
		{"resource": "k", "path": ["properties", "client_broker_encryption"], "msg": "MSK cluster 'k' lets clients connect without TLS (TLS_PLAINTEXT)."},
		{"resource": "k", "path": ["properties", "in_cluster_encryption"], "msg": "MSK cluster 'k' does not encrypt traffic between brokers."},
	}
}

test_tls_or_unknown if {
	count(transit_encryption.deny) == 0 with input.resources as [msk({})]
	count(transit_encryption.deny) == 0 with input.resources as [msk({"client_broker_encryption": {"$unknown": "Ref"}, "in_cluster_encryption": {"$unknown": "Ref"}})]
}
