package palisade.rules.aws.tagging.required_tags_test

import data.palisade.rules.aws.tagging.required_tags

res(type, tags) := {"id": type, "type": type, "name": "x", "tags": tags, "properties": {}}

config := {"required_tags": ["owner", "environment"]}

test_missing if {
	r := required_tags.deny with input.resources as [res("aws.s3.bucket", {"owner": "data"})] with data.config as config
	r == {{"resource": "aws.s3.bucket", "path": [], "msg": "aws.s3.bucket 'x' lacks required tags: environment."}}
}

test_tagged_untaggable_or_nothing_required if {
	count(required_tags.deny) == 0 with input.resources as [res("aws.iam.role", {"owner": "a", "environment": {"$unknown": "Ref"}})] with data.config as config
	count(required_tags.deny) == 0 with input.resources as [res("aws.iam.group", {})] with data.config as config
	count(required_tags.deny) == 0 with input.resources as [res("compose.service", {})] with data.config as config
	count(required_tags.deny) == 0 with input.resources as [res("aws.s3.bucket", {})]
}
