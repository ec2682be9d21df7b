package palisade.rules.aws.cloudfront.default_root_object_test

import data.palisade.rules.aws.cloudfront.default_root_object

dist(root, kind) := {"id": "d", "type": "aws.cloudfront.distribution", "name": "d", "tags": {}, "properties": {
	"default_root_object": root,
	"behaviors": [{"path_pattern": null, "target_origin_id": "site"}],
	"origins": [{"id": "site", "kind": kind}],
}}

test_missing if {
	r := default_root_object.deny with input.resources as [dist(null, "s3")]
	r == {{"resource": "d", "path": ["properties", "default_root_object"], "msg": "CloudFront distribution 'd' serves S3 origin 'site' by default but has no default root object."}}
}

test_set_custom_and_unknown if {
	count(default_root_object.deny) == 0 with input.resources as [dist("index.html", "s3")]
	count(default_root_object.deny) == 0 with input.resources as [dist(null, "custom")]
	count(default_root_object.deny) == 0 with input.resources as [dist({"$unknown": "Ref"}, "s3")]
}
