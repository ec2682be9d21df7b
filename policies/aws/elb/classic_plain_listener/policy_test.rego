package palisade.rules.aws.elb.classic_plain_listener_test

import data.palisade.rules.aws.elb.classic_plain_listener

lb(listeners) := {"id": "l", "type": "aws.elb.load_balancer", "name": "l", "tags": {}, "properties": {"listeners": listeners, "policies": {}}}

test_plain if {
	r := classic_plain_listener.deny with input.resources as [lb([{"protocol": "HTTPS", "port": 443}, {"protocol": "HTTP", "port": 80}])]
	r == {{"resource": "l", "path": ["properties", "listeners", 1, "protocol"], "msg": "Classic load balancer 'l' takes plain HTTP on port 80."}}
}

test_tls_and_unknown if {
	count(classic_plain_listener.deny) == 0 with input.resources as [lb([{"protocol": "SSL", "port": 443}, {"protocol": {"$unknown": "Ref"}, "port": 80}])]
}
