package palisade.rules.aws.waf.logging_test

import data.palisade.rules.aws.waf.logging

acl(v) := {"id": "a", "type": "aws.wafv2.web_acl", "name": "a", "tags": {}, "properties": {"logging": v}}

test_off if {
	r := logging.deny with input.resources as [acl(false)]
	r == {{"resource": "a", "path": ["properties", "logging"], "msg": "WAF web ACL 'a' has no logging configuration."}}
}

test_on_and_unknown if {
	count(logging.deny) == 0 with input.resources as [acl(true)]
	count(logging.deny) == 0 with input.resources as [acl({"$unknown": "not in the AWS Config item"})]
}
