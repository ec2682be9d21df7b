# METADATA
# title: WAF web ACL has no logging
# description: >-
#   Without an `AWS::WAFv2::LoggingConfiguration` naming the web ACL, the requests it blocked or
#   allowed leave no record: attacks it stopped cannot be studied, and false positives that block
#   real users cannot be found. The logging configuration is not in AWS Config items, so only
#   templates are judged.
# custom:
#   id: PAL-WAF-001
#   severity: medium
#   category: logging
#   cwe: CWE-778
#   remediation: >-
#     Add an `AWS::WAFv2::LoggingConfiguration` with `ResourceArn: !GetAtt Acl.Arn` and a log group,
#     bucket or Firehose stream whose name starts with `aws-waf-logs-`; in CDK
#     `new wafv2.CfnLoggingConfiguration(this, 'AclLogging', { resourceArn: acl.attrArn, logDestinationConfigs: [logGroup.logGroupArn] })`.
#   frameworks:
#     nist-800-53: [AU-2, AU-12]
#     soc2: [CC7.2]
#     pci-dss: ["10.2.1"]
#   resource_types: [aws.wafv2.web_acl]
#   sources: [cloudformation, cdk]
package palisade.rules.aws.waf.logging

import data.palisade.lib

deny contains lib.result(r, ["properties", "logging"], msg) if {
	some r in lib.resources("aws.wafv2.web_acl")
	lib.is_false(r.properties.logging)
	msg := concat("", ["WAF web ACL '", r.name, "' has no logging configuration."])
}
