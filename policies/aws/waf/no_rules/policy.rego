# METADATA
# title: WAF web ACL has no rules and allows by default
# description: >-
#   A web ACL with no rules and `DefaultAction: Allow` inspects nothing and lets every request
#   through: the resources it protects look covered by WAF but are not.
# custom:
#   id: PAL-WAF-002
#   severity: medium
#   category: access
#   cwe: none
#   remediation: >-
#     Add rules to the web ACL (at least the AWS managed rule groups `AWSManagedRulesCommonRuleSet`
#     and `AWSManagedRulesKnownBadInputsRuleSet`, and a rate-based rule); in CDK list them in
#     `rules` of `new wafv2.CfnWebACL(...)`.
#   frameworks:
#     nist-800-53: [SC-7, SI-4]
#     soc2: [CC6.6]
#     fsbp: [WAF.10]
#   resource_types: [aws.wafv2.web_acl]
#   sources: [cloudformation, cdk]
package palisade.rules.aws.waf.no_rules

import data.palisade.lib

deny contains lib.result(r, ["properties", "default_action"], msg) if {
	some r in lib.resources("aws.wafv2.web_acl")
	r.properties.rule_count == 0
	r.properties.default_action == "allow"
	msg := concat("", ["WAF web ACL '", r.name, "' has no rules and allows every request."])
}
