# METADATA
# title: Launch configuration allows IMDSv1
# description: >-
#   Instances an Auto Scaling group launches from a launch configuration without
#   `MetadataOptions.HttpTokens: required` answer IMDSv1 requests, which need no session token: a
#   server-side request forgery in any application on them reads the instance role's credentials.
#   Launch configurations that turn the metadata service off are not reported.
# custom:
#   id: PAL-EC2-007
#   severity: medium
#   category: access
#   cwe: CWE-306
#   remediation: >-
#     Set `MetadataOptions: {HttpTokens: required, HttpPutResponseHopLimit: 1}` (or move to a
#     launch template); in CDK `new autoscaling.AutoScalingGroup(this, 'Asg', { requireImdsv2: true, ... })`.
#   frameworks:
#     nist-800-53: [AC-3, SC-7]
#     soc2: [CC6.1]
#     fsbp: [AutoScaling.3]
#   resource_types: [aws.autoscaling.launch_configuration]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.ec2.launch_config_imdsv1

import data.palisade.lib

deny contains lib.result(r, ["properties", "metadata_options", "http_tokens"], msg) if {
	some r in lib.resources("aws.autoscaling.launch_configuration")
	m := r.properties.metadata_options
	not lib.is_unknown(m)
	allows_v1(m.http_tokens)
	not disabled(m.http_endpoint)
	msg := concat("", ["Launch configuration '", r.name, "' allows IMDSv1 (HttpTokens is ", shown(m.http_tokens), ")."])
}

allows_v1(null)

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
