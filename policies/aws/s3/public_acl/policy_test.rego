package palisade.rules.aws.s3.public_acl_test

import data.palisade.rules.aws.s3.public_acl

bucket(acl, block) := {"id": "b", "type": "aws.s3.bucket", "name": "b", "properties": {"acl": acl, "public_access_block": block}, "tags": {}}

test_public_read if {
	r := public_acl.deny with input.resources as [bucket("PublicRead", null)]
	r == {{"resource": "b", "path": ["properties", "acl"], "msg": "S3 bucket 'b' has the public canned ACL PublicRead."}}
}

test_public_read_write_and_authenticated if {
	count(public_acl.deny) == 1 with input.resources as [bucket("PublicReadWrite", null)]
	count(public_acl.deny) == 1 with input.resources as [bucket("AuthenticatedRead", null)]
}

test_private_and_log_delivery if {
	count(public_acl.deny) == 0 with input.resources as [bucket("Private", null)]
	count(public_acl.deny) == 0 with input.resources as [bucket("LogDeliveryWrite", null)]
	count(public_acl.deny) == 0 with input.resources as [bucket(null, null)]
	count(public_acl.deny) == 0 with input.resources as [bucket({"$unknown": "Fn::If"}, null)]
}

test_ignored_by_public_access_block if {
	block := {"block_public_acls": true, "ignore_public_acls": true, "block_public_policy": true, "restrict_public_buckets": true}
	count(public_acl.deny) == 0 with input.resources as [bucket("PublicRead", block)]
}
