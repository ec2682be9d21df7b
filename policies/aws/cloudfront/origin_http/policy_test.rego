package palisade.rules.aws.cloudfront.origin_http_test

import data.palisade.rules.aws.cloudfront.origin_http

dist(policy, viewer) := {"id": "d", "type": "aws.cloudfront.distribution", "name": "d", "tags": {}, "properties": {
	"origins": [{"id": "api", "kind": "custom", "protocol_policy": policy, "ssl_protocols": []}],
	"behaviors": [{"path_pattern": null, "target_origin_id": "api", "viewer_protocol_policy": viewer}],
}}

test_http_only if {
	r := origin_http.deny with input.resources as [dist("http-only", "https-only")]
	r == {{"resource": "d", "path": ["properties", "origins", 0, "protocol_policy"], "msg": "CloudFront distribution 'd' reaches origin 'api' over plain HTTP (OriginProtocolPolicy: http-only)."}}
}

test_match_viewer if {
	count(origin_http.deny) == 1 with input.resources as [dist("match-viewer", "allow-all")]
	count(origin_http.deny) == 0 with input.resources as [dist("match-viewer", "redirect-to-https")]
}

test_https_and_unknown if {
	count(origin_http.deny) == 0 with input.resources as [dist("https-only", "allow-all")]
	count(origin_http.deny) == 0 with input.resources as [dist({"$unknown": "Ref"}, "allow-all")]
}
