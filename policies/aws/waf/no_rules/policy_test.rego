package palisade.rules.aws.waf.no_rules_test

import data.palisade.rules.aws.waf.no_rules

acl(n, action) := {"id": "a", "type": "aws.wafv2.web_acl", "name": "a", "tags": {}, "properties": {"rule_count": n, "default_action": action}}

test_empty_allow if {
	r := no_rules.deny with input.resources as [acl(0, "allow")]
	r == {{"resource": "a", "path": ["properties", "default_action"], "msg": "WAF web ACL 'a' has no rules and allows every request."}}
}

test_rules_block_and_unknown if {
	count(no_rules.deny) == 0 with input.resources as [acl(1, "allow")]
	count(no_rules.deny) == 0 with input.resources as [acl(0, "block")]
	count(no_rules.deny) == 0 with input.resources as [acl({"$unknown": "Ref"}, "allow")]
}
