# METADATA
# title: EC2 instance allows IMDSv1
# description: >-
#   The instance answers IMDSv1 requests, which need no session token: a server-side request
#   forgery in any application on it reads the instance role's credentials from
#   169.254.169.254. In a template an instance cannot set `MetadataOptions` itself; it gets them
#   from its launch template, so an instance without one (and without an IMDSv2-only AMI or
#   account default, which a template does not show) allows IMDSv1. An instance whose launch
#   template is in the same template is judged there (PAL-EC2-005). Live, the instance's own
#   `metadataOptions` decide. Instances with the metadata service turned off are not reported.
# custom:
#   id: PAL-EC2-010
#   severity: medium
#   category: access
#   cwe: CWE-306
#   remediation: >-
#     CloudFormation: give the instance a launch template with
#     `LaunchTemplateData: {MetadataOptions: {HttpTokens: required, HttpPutResponseHopLimit: 1}}` and
#     `LaunchTemplate: {LaunchTemplateId: !Ref Lt, Version: !GetAtt Lt.LatestVersionNumber}`. CDK:
#     `new ec2.Instance(this, 'Web', { requireImdsv2: true, ... })`. Running instances:
#     `aws ec2 modify-instance-metadata-options --instance-id i-... --http-tokens required`.
#   frameworks:
#     cis-aws: ["5.6"]
#     nist-800-53: [AC-3, SC-7]
#     soc2: [CC6.1]
#     fsbp: [EC2.8]
#   resource_types: [aws.ec2.instance]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.ec2.instance_imdsv1

import data.palisade.lib

deny contains lib.result(r, ["properties", "metadata_options", "http_tokens"], msg) if {
	some r in lib.resources("aws.ec2.instance")
	r.properties.launch_template == null
	m := r.properties.metadata_options
	allows_v1(m.http_tokens)
	not disabled(m.http_endpoint)
	msg := concat("", ["EC2 instance '", r.name, "' allows IMDSv1 (", shown(m.http_tokens), ")."])
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

shown(null) := "no launch template requires IMDSv2"

shown(tokens) := concat("", ["HttpTokens is ", tokens]) if is_string(tokens)
