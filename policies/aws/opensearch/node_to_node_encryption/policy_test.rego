package palisade.rules.aws.opensearch.node_to_node_encryption_test

import data.palisade.rules.aws.opensearch.node_to_node_encryption

domain(v) := {"id": "d", "type": "aws.opensearch.domain", "name": "d", "properties": {"node_to_node_encryption": v}, "tags": {}}

test_off if {
	r := node_to_node_encryption.deny with input.resources as [domain(false)]
	r == {{"resource": "d", "path": ["properties", "node_to_node_encryption"], "msg": "OpenSearch domain 'd' does not encrypt traffic between its nodes."}}
}

test_on_or_unknown if {
	count(node_to_node_encryption.deny) == 0 with input.resources as [domain(true)]
	count(node_to_node_encryption.deny) == 0 with input.resources as [domain({"$unknown": "Ref"})]
}
