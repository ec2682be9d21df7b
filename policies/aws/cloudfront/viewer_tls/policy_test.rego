package palisade.rules.aws.cloudfront.viewer_tls_test

import data.palisade.rules.aws.cloudfront.viewer_tls

dist(default_cert, v) := {"id": "d", "type": "aws.cloudfront.distribution", "name": "d", "tags": {}, "properties": {"viewer_certificate": {"default_certificate": default_cert, "minimum_protocol_version": v}}}

test_old_versions if {
	r := viewer_tls.deny with input.resources as [dist(false, "TLSv1.1_2016")]
	r == {{"resource": "d", "path": ["properties", "viewer_certificate", "minimum_protocol_version"], "msg": "CloudFront distribution 'd' accepts viewer TLS versions before 1.2 (MinimumProtocolVersion: TLSv1.1_2016)."}}
	count(viewer_tls.deny) == 1 with input.resources as [dist(false, "TLSv1")]
	count(viewer_tls.deny) == 1 with input.resources as [dist(false, "SSLv3")]
}

test_modern_default_and_unknown if {
	count(viewer_tls.deny) == 0 with input.resources as [dist(false, "TLSv1.2_2021")]
	count(viewer_tls.deny) == 0 with input.resources as [dist(false, "TLSv1.3_2025")]
	count(viewer_tls.deny) == 0 with input.resources as [dist(true, "TLSv1")]
	count(viewer_tls.deny) == 0 with input.resources as [dist({"$unknown": "If"}, "TLSv1")]
	count(viewer_tls.deny) == 0 with input.resources as [dist(false, {"$unknown": "Ref"})]
}
