package palisade.rules.aws.s3.tls_only_test

import data.palisade.rules.aws.s3.tls_only

bucket(policy) := {"id": "b", "type": "aws.s3.bucket", "name": "b", "properties": {"policy": policy}, "tags": {}}

tls_deny := {
	"sid": null, "effect": "Deny", "not_principal": false,
	"principal": {"any": true, "aws": ["*"], "service": [], "federated": []},
	"actions": ["s3:*"], "not_actions": [],
	"resources": ["arn:aws:s3:::b", "arn:aws:s3:::b/*"], "not_resources": [],
	"conditions": {"Bool": {"aws:securetransport": ["false"]}},
}

test_no_policy if {
	r := tls_only.deny with input.resources as [bucket(null)]
	r == {{"resource": "b", "path": ["properties", "policy"], "msg": "S3 bucket 'b' has no bucket policy denying requests without TLS."}}
}

test_policy_without_tls_deny if {
	allow := object.union(tls_deny, {"effect": "Allow", "conditions": {}, "principal": {"any": false, "aws": ["arn:aws:iam::111122223333:root"], "service": [], "federated": []}})
	r := tls_only.deny with input.resources as [bucket({"statements": [allow]})]
	r == {{"resource": "b", "path": ["properties", "policy"], "msg": "S3 bucket 'b' has a bucket policy that does not deny requests without TLS."}}
}

test_tls_deny if {
	count(tls_only.deny) == 0 with input.resources as [bucket({"statements": [tls_deny]})]
}

test_unknown if {
	count(tls_only.deny) == 0 with input.resources as [bucket({"$unknown": "Fn::If"})]
	count(tls_only.deny) == 0 with input.resources as [bucket({"statements": [{"$unknown": "Fn::If"}]})]
}
