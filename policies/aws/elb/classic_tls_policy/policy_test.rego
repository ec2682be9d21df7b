package palisade.rules.aws.elb.classic_tls_policy_test

import data.palisade.rules.aws.elb.classic_tls_policy

lb(names, policies) := {"id": "l", "type": "aws.elb.load_balancer", "name": "l", "tags": {}, "properties": {"listeners": [{"protocol": "HTTPS", "port": 443, "policy_names": names}], "policies": policies}}

neg(attrs) := {"type": "SSLNegotiationPolicyType", "attributes": attrs}

test_default_policy if {
	r := classic_tls_policy.deny with input.resources as [lb([], {})]
	r == {{"resource": "l", "path": ["properties", "listeners", 0, "protocol"], "msg": "Classic load balancer 'l' listener on port 443 names no TLS policy, so it uses ELBSecurityPolicy-2016-08, which allows TLS before 1.2."}}
	count(classic_tls_policy.deny) == 1 with input.resources as [lb(["sticky"], {"sticky": {"type": "LBCookieStickinessPolicyType", "attributes": {}}})]
}

test_predefined if {
	r := classic_tls_policy.deny with input.resources as [lb(["ELBSecurityPolicy-TLS-1-1-2017-01"], {})]
	{d.path | some d in r} == {["properties", "listeners", 0, "policy_names"]}
	count(classic_tls_policy.deny) == 0 with input.resources as [lb(["ELBSecurityPolicy-TLS-1-2-2017-01"], {})]
}

test_own_policy if {
	r := classic_tls_policy.deny with input.resources as [lb(["tls"], {"tls": neg({"Reference-Security-Policy": "ELBSecurityPolicy-2016-08"})})]
	{d.path | some d in r} == {["properties", "policies", "tls"]}
	s := classic_tls_policy.deny with input.resources as [lb(["tls"], {"tls": neg({"Protocol-TLSv1": "true", "Protocol-TLSv1.2": "true"})})]
	{d.msg | some d in s} == {"Classic load balancer 'l' listener on port 443 enables Protocol-TLSv1."}
	count(classic_tls_policy.deny) == 0 with input.resources as [lb(["tls"], {"tls": neg({"Reference-Security-Policy": "ELBSecurityPolicy-TLS-1-2-2017-01"})})]
	count(classic_tls_policy.deny) == 0 with input.resources as [lb(["tls"], {"tls": neg({"Protocol-TLSv1.2": "true", "Protocol-TLSv1": "false"})})]
}

test_unknown if {
	count(classic_tls_policy.deny) == 0 with input.resources as [lb([{"$unknown": "Ref"}], {})]
	count(classic_tls_policy.deny) == 0 with input.resources as [lb(["elsewhere"], {})]
	count(classic_tls_policy.deny) == 0 with input.resources as [lb(["tls"], {"tls": neg({"$unknown": "If"})})]
}
