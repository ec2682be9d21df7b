# METADATA
# title: WAF web ACL publishes no CloudWatch metrics
# description: >-
#   With `VisibilityConfig.CloudWatchMetricsEnabled: false` the web ACL publishes no counts of
#   allowed and blocked requests, so no alarm can fire on a surge of blocked requests (an attack)
#   or of allowed ones (a rule that stopped matching).
# custom:
#   id: PAL-WAF-003
#   severity: low
#   category: logging
#   cwe: none
#   remediation: >-
#     Set `VisibilityConfig.CloudWatchMetricsEnabled: true` on the web ACL (and its rules); in CDK
#     `visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'site', sampledRequestsEnabled: true }`.
#   frameworks:
#     nist-800-53: [AU-12, SI-4]
#     soc2: [CC7.2]
#   resource_types: [aws.wafv2.web_acl]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.waf.metrics

import data.palisade.lib

deny contains lib.result(r, ["properties", "metrics"], msg) if {
	some r in lib.resources("aws.wafv2.web_acl")
	lib.is_false(r.properties.metrics)
	msg := concat("", ["WAF web ACL '", r.name, "' publishes no CloudWatch metrics."])
}
