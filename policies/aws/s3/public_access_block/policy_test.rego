package palisade.rules.aws.s3.public_access_block_test

import data.palisade.rules.aws.s3.public_access_block

bucket(block) := {"id": "b", "type": "aws.s3.bucket", "source": "cloudformation", "name": "b", "properties": {"public_access_block": block}, "tags": {}}

all_on := {"block_public_acls": true, "ignore_public_acls": true, "block_public_policy": true, "restrict_public_buckets": true}

# A template bucket without the configuration gets AWS's default: all four on.
test_missing_in_template if {
	count(public_access_block.deny) == 0 with input.resources as [bucket(null)]
}

test_missing_live if {
	r := public_access_block.deny with input.resources as [object.union(bucket(null), {"source": "aws"})]
	r == {{"resource": "b", "path": ["properties", "public_access_block"], "msg": "S3 bucket 'b' has no public access block."}}
}

test_flags_off if {
	block := object.union(all_on, {"block_public_policy": false, "restrict_public_buckets": false})
	r := public_access_block.deny with input.resources as [bucket(block)]
	r == {{"resource": "b", "path": ["properties", "public_access_block"], "msg": "S3 bucket 'b' turns off public access block settings: block_public_policy, restrict_public_buckets."}}
}

test_all_on if {
	count(public_access_block.deny) == 0 with input.resources as [bucket(all_on)]
}

test_unknown if {
	count(public_access_block.deny) == 0 with input.resources as [bucket({"$unknown": "Fn::If"})]
	count(public_access_block.deny) == 0 with input.resources as [bucket(object.union(all_on, {"block_public_acls": {"$unknown": "Ref"}}))]
}
