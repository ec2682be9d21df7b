package palisade.rules.aws.elb.tls_policy_test

import data.palisade.rules.aws.elb.tls_policy

listener(protocol, policy) := {"id": "l", "type": "aws.elbv2.listener", "name": "l", "tags": {}, "properties": {"protocol": protocol, "port": 443, "ssl_policy": policy, "redirects_to_https": false}}

test_old_policy if {
	r := tls_policy.deny with input.resources as [listener("HTTPS", "ELBSecurityPolicy-2016-08")]
	r == {{"resource": "l", "path": ["properties", "ssl_policy"], "msg": "Load balancer listener 'l' uses SSL policy ELBSecurityPolicy-2016-08, which allows TLS before 1.2."}}
	every p in ["ELBSecurityPolicy-TLS-1-1-2017-01", "ELBSecurityPolicy-TLS13-1-0-2021-06", "ELBSecurityPolicy-TLS13-1-1-2021-06", "ELBSecurityPolicy-FS-2018-06", "ELBSecurityPolicy-FS-1-1-2019-08"] {
		count(tls_policy.deny) == 1 with input.resources as [listener("TLS", p)]
	}
}

test_default if {
	r := tls_policy.deny with input.resources as [listener("HTTPS", null)]
	r == {{"resource": "l", "path": ["properties", "ssl_policy"], "msg": "Load balancer listener 'l' sets no SSL policy requiring TLS 1.2."}}
}

test_modern_plain_or_unknown if {
	every p in [
		"ELBSecurityPolicy-TLS13-1-2-2021-06", "ELBSecurityPolicy-TLS13-1-2-Res-2021-06", "ELBSecurityPolicy-TLS13-1-3-2021-06",
		"ELBSecurityPolicy-TLS-1-2-2017-01", "ELBSecurityPolicy-TLS-1-2-Ext-2018-06", "ELBSecurityPolicy-FS-1-2-Res-2020-10",
		"ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04",
	] {
		count(tls_policy.deny) == 0 with input.resources as [listener("HTTPS", p)]
	}
	count(tls_policy.deny) == 0 with input.resources as [listener("HTTP", null)]
	count(tls_policy.deny) == 0 with input.resources as [listener("HTTPS", {"$unknown": "Ref"})]
	count(tls_policy.deny) == 0 with input.resources as [listener({"$unknown": "Ref"}, null)]
}
