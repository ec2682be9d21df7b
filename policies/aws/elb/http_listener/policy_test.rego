package palisade.rules.aws.elb.http_listener_test

import data.palisade.rules.aws.elb.http_listener

listener(protocol, redirects) := {"id": "l", "type": "aws.elbv2.listener", "name": "l", "tags": {}, "properties": {"protocol": protocol, "port": 80, "ssl_policy": null, "redirects_to_https": redirects}}

test_http_forward if {
	r := http_listener.deny with input.resources as [listener("HTTP", false)]
	r == {{"resource": "l", "path": ["properties", "protocol"], "msg": "Load balancer listener 'l' serves plain HTTP without redirecting to HTTPS."}}
}

test_redirect_https_or_unknown if {
	count(http_listener.deny) == 0 with input.resources as [listener("HTTP", true)]
	count(http_listener.deny) == 0 with input.resources as [listener("HTTPS", false)]
	count(http_listener.deny) == 0 with input.resources as [listener("TCP", false)]
	count(http_listener.deny) == 0 with input.resources as [listener({"$unknown": "Ref"}, false)]
}
