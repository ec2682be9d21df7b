# METADATA
# title: Launch template allows IMDSv1
# description: >-
#   Instances launched from a template that does not set `MetadataOptions.HttpTokens: required`
#   answer IMDSv1 requests, which need no session token: a server-side request forgery in any
#   application on the instance reads the instance role's credentials from
#   169.254.169.254. Templates that turn the metadata service off are not reported.
# custom:
#   id: PAL-EC2-005
#   severity: medium
#   category: access
#   cwe: CWE-306
#   remediation: >-
#     Set `LaunchTemplateData.MetadataOptions.HttpTokens: required` (and
#     `HttpPutResponseHopLimit: 1` unless containers need 2); in CDK
#     `new ec2.LaunchTemplate(this, 'Lt', { requireImdsv2: true })`.
#   frameworks:
#     nist-800-53: [AC-3, SC-7]
#     soc2: [CC6.1]
#     fsbp: [EC2.170]
#   resource_types: [aws.ec2.launch_template]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.ec2.imdsv1

import data.palisade.lib

deny contains lib.result(r, ["properties", "metadata_options", "http_tokens"], msg) if {
	some r in lib.resources("aws.ec2.launch_template")
	m := r.properties.metadata_options
	not lib.is_unknown(m)
	allows_v1(m.http_tokens)
	not disabled(m.http_endpoint)
	msg := concat("", ["Launch template '", r.name, "' allows IMDSv1 (HttpTokens is ", shown(m.http_tokens), ")."])
}

allows_v1(tokens) if tokens == null

allows_v1(tokens) if {
	is_string(tokens)
	lower(tokens) == "optional"
}

disabled(endpoint) if lib.is_unknown(endpoint)

disabled(endpoint) if {
	is_string(endpoint)
	lower(endpoint) == "disabled"
}

shown(null) := "not set"

shown(tokens) := tokens if is_string(tokens)
