# METADATA
# title: Lambda permission lets any account or any resource invoke the function
# description: >-
#   A resource-based permission for principal `*`, or for an AWS service without `SourceArn` or
#   `SourceAccount`, lets any AWS account (or any account's bucket, topic, rule...) invoke the
#   function: the confused-deputy problem. A permission limited to an AWS Organization
#   (`PrincipalOrgID`) is not reported. The public function URL permission is reported by
#   PAL-LAMBDA-001 instead.
# custom:
#   id: PAL-LAMBDA-002
#   severity: high
#   category: access
#   cwe: CWE-732
#   remediation: >-
#     Set `SourceArn` (the bucket, topic, rule or API that invokes the function) and
#     `SourceAccount` on the `AWS::Lambda::Permission`, or name an account as `Principal`;
#     CDK's `grantInvoke` and event sources set them for you.
#   frameworks:
#     nist-800-53: [AC-3, AC-6]
#     soc2: [CC6.1]
#     fsbp: [Lambda.1]
#   resource_types: [aws.lambda.function]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.lambda.permission_unrestricted

import data.palisade.lib

deny contains lib.result(r, ["properties", "permissions", i], msg) if {
	some r in lib.resources("aws.lambda.function")
	some i, p in r.properties.permissions
	open_principal(p.principal)
	p.source_arn == null
	p.source_account == null
	object.get(p, "principal_org_id", null) == null
	not public_url_permission(r, p)
	msg := concat("", ["Lambda function '", r.name, "' lets ", p.principal, " invoke it without a source ARN or account."])
}

open_principal("*")

open_principal(p) if {
	is_string(p)
	endswith(p, ".amazonaws.com")
}

# The permission behind a public function URL: PAL-LAMBDA-001 reports the URL.
public_url_permission(r, p) if {
	p.function_url_auth_type == "NONE"
	r.properties.url.auth_type == "NONE"
}
