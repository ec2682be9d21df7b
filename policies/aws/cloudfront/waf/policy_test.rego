package palisade.rules.aws.cloudfront.waf_test

import data.palisade.rules.aws.cloudfront.waf

dist(v) := {"id": "d", "type": "aws.cloudfront.distribution", "name": "d", "tags": {}, "properties": {"web_acl": v}}

test_none if {
	r := waf.deny with input.resources as [dist(null)]
	r == {{"resource": "d", "path": ["properties", "web_acl"], "msg": "CloudFront distribution 'd' has no web ACL."}}
}

test_set_and_unknown if {
	count(waf.deny) == 0 with input.resources as [dist("arn:aws:wafv2:us-east-1:111122223333:global/webacl/x/1")]
	count(waf.deny) == 0 with input.resources as [dist({"$unknown": "ImportValue"})]
}
