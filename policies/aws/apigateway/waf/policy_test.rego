package palisade.rules.aws.apigateway.waf_test

import data.palisade.rules.aws.apigateway.waf

stage(version, acl) := {"id": "s", "type": "aws.apigateway.stage", "name": "s", "tags": {}, "properties": {"api_version": version, "web_acl": acl}}

test_no_web_acl if {
	r := waf.deny with input.resources as [stage("v1", null)]
	r == {{"resource": "s", "path": ["properties", "web_acl"], "msg": "API Gateway stage 's' is not protected by a WAF web ACL."}}
}

test_not_reported if {
	count(waf.deny) == 0 with input.resources as [stage("v1", "ref:Acl.Arn")]
	count(waf.deny) == 0 with input.resources as [stage("v2", null)]
	count(waf.deny) == 0 with input.resources as [stage("v1", {"$unknown": "a WebACLAssociation names a resource that cannot be worked out"})]

	# A stage read by a source that does not know (no web_acl field) is not reported either.
	count(waf.deny) == 0 with input.resources as [{"id": "s", "type": "aws.apigateway.stage", "name": "s", "tags": {}, "properties": {"api_version": "v1"}}]
}
