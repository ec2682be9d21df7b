package palisade.rules.aws.opensearch.tls_policy_test

import data.palisade.rules.aws.opensearch.tls_policy

domain(v) := {"id": "d", "type": "aws.opensearch.domain", "name": "d", "properties": {"tls_security_policy": v}, "tags": {}}

test_tls_1_0 if {
	r := tls_policy.deny with input.resources as [domain("Policy-Min-TLS-1-0-2019-07")]
	r == {{"resource": "d", "path": ["properties", "tls_security_policy"], "msg": "OpenSearch domain 'd' uses TLS security policy Policy-Min-TLS-1-0-2019-07, which allows TLS before 1.2."}}
}

test_not_set if {
	r := tls_policy.deny with input.resources as [domain(null)]
	r == {{"resource": "d", "path": ["properties", "tls_security_policy"], "msg": "OpenSearch domain 'd' does not set a TLS security policy requiring TLS 1.2."}}
}

test_tls_1_2_or_unknown if {
	count(tls_policy.deny) == 0 with input.resources as [domain("Policy-Min-TLS-1-2-2019-07")]
	count(tls_policy.deny) == 0 with input.resources as [domain("Policy-Min-TLS-1-2-PFS-2023-10")]
	count(tls_policy.deny) == 0 with input.resources as [domain({"$unknown": "Ref"})]
}
