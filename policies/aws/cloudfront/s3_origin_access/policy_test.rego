package palisade.rules.aws.cloudfront.s3_origin_access_test

import data.palisade.rules.aws.cloudfront.s3_origin_access

dist(kind, oac, oai) := {"id": "d", "type": "aws.cloudfront.distribution", "name": "d", "tags": {}, "properties": {"origins": [{"id": "site", "kind": kind, "access_control": oac, "access_identity": oai}]}}

test_unsigned if {
	r := s3_origin_access.deny with input.resources as [dist("s3", false, false)]
	r == {{"resource": "d", "path": ["properties", "origins", 0], "msg": "CloudFront distribution 'd' reaches S3 origin 'site' without an origin access control."}}
}

test_signed_custom_and_unknown if {
	count(s3_origin_access.deny) == 0 with input.resources as [dist("s3", true, false)]
	count(s3_origin_access.deny) == 0 with input.resources as [dist("s3", false, true)]
	count(s3_origin_access.deny) == 0 with input.resources as [dist("custom", false, false)]
	count(s3_origin_access.deny) == 0 with input.resources as [dist("s3", {"$unknown": "If"}, false)]
	count(s3_origin_access.deny) == 0 with input.resources as [dist({"$unknown": "Ref"}, false, false)]
}
