package palisade.rules.aws.waf.metrics_test

import data.palisade.rules.aws.waf.metrics

acl(v) := {"id": "a", "type": "aws.wafv2.web_acl", "name": "a", "tags": {}, "properties": {"metrics": v}}

test_off if {
	r := metrics.deny with input.resources as [acl(false)]
	r == {{"resource": "a", "path": ["properties", "metrics"], "msg": "WAF web ACL 'a' publishes no CloudWatch metrics."}}
}

test_on_and_unknown if {
	count(metrics.deny) == 0 with input.resources as [acl(true)]
	count(metrics.deny) == 0 with input.resources as [acl({"$unknown": "Ref"})]
}
