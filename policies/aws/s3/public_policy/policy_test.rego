package palisade.rules.aws.s3.public_policy_test

import data.palisade.rules.aws.s3.public_policy

bucket(statements, block) := {
	"id": "b", "type": "aws.s3.bucket", "name": "b", "tags": {},
	"properties": {"policy": {"statements": statements}, "public_access_block": block},
}

stmt(fields) := object.union(
	{
		"sid": null, "effect": "Allow", "not_principal": false,
		"principal": {"any": true, "aws": ["*"], "service": [], "federated": []},
		"actions": ["s3:getobject"], "not_actions": [],
		"resources": ["arn:aws:s3:::b/*"], "not_resources": [], "conditions": {},
	},
	fields,
)

test_public_read_statement if {
	r := public_policy.deny with input.resources as [bucket([stmt({"effect": "Deny", "conditions": {"Bool": {"aws:securetransport": ["false"]}}}), stmt({})], null)]
	r == {{"resource": "b", "path": ["properties", "policy", "statements", 1, "principal"], "msg": "S3 bucket 'b' has a policy statement that allows public access."}}
}

test_cloudfront_service_principal if {
	s := stmt({
		"principal": {"any": false, "aws": [], "service": ["cloudfront.amazonaws.com"], "federated": []},
		"conditions": {"StringEquals": {"aws:sourcearn": ["arn:aws:cloudfront::111122223333:distribution/E1"]}},
	})
	count(public_policy.deny) == 0 with input.resources as [bucket([s], null)]
}

test_conditioned_public_principal if {
	s := stmt({"conditions": {"StringEquals": {"aws:principalorgid": ["o-abc123"]}}})
	count(public_policy.deny) == 0 with input.resources as [bucket([s], null)]
}

test_restrict_public_buckets if {
	block := {"block_public_acls": true, "ignore_public_acls": true, "block_public_policy": false, "restrict_public_buckets": true}
	count(public_policy.deny) == 0 with input.resources as [bucket([stmt({})], block)]
}

test_no_or_unknown_policy if {
	count(public_policy.deny) == 0 with input.resources as [object.union(bucket([], null), {"properties": {"policy": null}})]
	count(public_policy.deny) == 0 with input.resources as [object.union(bucket([], null), {"properties": {"policy": {"$unknown": "Fn::If"}}})]
}
