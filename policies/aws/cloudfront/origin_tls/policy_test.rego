package palisade.rules.aws.cloudfront.origin_tls_test

import data.palisade.rules.aws.cloudfront.origin_tls

dist(kind, protocols) := {"id": "d", "type": "aws.cloudfront.distribution", "name": "d", "tags": {}, "properties": {"origins": [{"id": "api", "kind": kind, "ssl_protocols": protocols}]}}

test_weak if {
	r := origin_tls.deny with input.resources as [dist("custom", ["TLSv1", "TLSv1.1", "TLSv1.2"])]
	r == {{"resource": "d", "path": ["properties", "origins", 0, "ssl_protocols"], "msg": "CloudFront distribution 'd' allows TLSv1, TLSv1.1 to origin 'api'."}}
}

test_modern_and_unknown if {
	count(origin_tls.deny) == 0 with input.resources as [dist("custom", ["TLSv1.2"])]
	count(origin_tls.deny) == 0 with input.resources as [dist("custom", [])]
	count(origin_tls.deny) == 0 with input.resources as [dist("custom", [{"$unknown": "Ref"}])]
	count(origin_tls.deny) == 0 with input.resources as [dist("s3", ["TLSv1"])]
}
