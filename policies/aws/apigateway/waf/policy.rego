# METADATA
# title: API Gateway REST API stage is not protected by AWS WAF
# description: >-
#   No WAF web ACL is associated with the REST API stage (in a template: no
#   `AWS::WAFv2::WebACLAssociation` names the stage's ARN), so nothing filters common web
#   exploits, bad bots or floods from one source before they reach the integrations. A stage
#   protected from outside the template (Firewall Manager, another stack) is still reported
#   from the template: suppress it with the reason. HTTP and WebSocket APIs (v2) cannot be
#   protected by WAF and are not reported.
# custom:
#   id: PAL-APIGW-008
#   severity: medium
#   category: access
#   cwe: none
#   remediation: >-
#     Add an `AWS::WAFv2::WebACLAssociation` with `ResourceArn: !Sub
#     'arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${Api}/stages/${Stage}'` and
#     `WebACLArn: !GetAtt WebAcl.Arn` (a REGIONAL web ACL); in CDK `new wafv2.CfnWebACLAssociation(this,
#     'Waf', { resourceArn: api.deploymentStage.stageArn, webAclArn: acl.attrArn })`.
#   frameworks:
#     nist-800-53: [SC-7, SI-4]
#     pci-dss: ["6.4.2"]
#     fsbp: [APIGateway.4]
#   resource_types: [aws.apigateway.stage]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.apigateway.waf

import data.palisade.lib

deny contains lib.result(r, ["properties", "web_acl"], msg) if {
	some r in lib.resources("aws.apigateway.stage")
	object.get(r.properties, "api_version", "v1") == "v1"
	object.get(r.properties, "web_acl", false) == null
	msg := concat("", ["API Gateway stage '", r.name, "' is not protected by a WAF web ACL."])
}
