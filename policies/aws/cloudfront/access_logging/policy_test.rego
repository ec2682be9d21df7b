package palisade.rules.aws.cloudfront.access_logging_test

import data.palisade.rules.aws.cloudfront.access_logging

dist(v) := {"id": "d", "type": "aws.cloudfront.distribution", "name": "d", "tags": {}, "properties": {"logging": v}}

test_off if {
	r := access_logging.deny with input.resources as [dist(false)]
	r == {{"resource": "d", "path": ["properties", "logging"], "msg": "CloudFront distribution 'd' has no access logging."}}
}

test_on_and_unknown if {
	count(access_logging.deny) == 0 with input.resources as [dist(true)]
	count(access_logging.deny) == 0 with input.resources as [dist({"$unknown": "If"})]
}
