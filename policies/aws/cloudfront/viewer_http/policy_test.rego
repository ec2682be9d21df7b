package palisade.rules.aws.cloudfront.viewer_http_test

import data.palisade.rules.aws.cloudfront.viewer_http

dist(behaviors) := {"id": "d", "type": "aws.cloudfront.distribution", "name": "d", "tags": {}, "properties": {"behaviors": behaviors}}

test_allow_all if {
	r := viewer_http.deny with input.resources as [dist([{"path_pattern": null, "viewer_protocol_policy": "allow-all"}, {"path_pattern": "/api/*", "viewer_protocol_policy": "allow-all"}])]
	r == {
		{"resource": "d", "path": ["properties", "behaviors", 0, "viewer_protocol_policy"], "msg": "CloudFront distribution 'd' serves its default behavior over plain HTTP (ViewerProtocolPolicy: allow-all)."},
		{"resource": "d", "path": ["properties", "behaviors", 1, "viewer_protocol_policy"], "msg": "CloudFront distribution 'd' serves path '/api/*' over plain HTTP (ViewerProtocolPolicy: allow-all)."},
	}
}

test_https if {
	count(viewer_http.deny) == 0 with input.resources as [dist([{"path_pattern": null, "viewer_protocol_policy": "redirect-to-https"}, {"path_pattern": "/x", "viewer_protocol_policy": {"$unknown": "Ref"}}])]
}
