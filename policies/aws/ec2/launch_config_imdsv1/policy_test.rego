package palisade.rules.aws.ec2.launch_config_imdsv1_test

import data.palisade.rules.aws.ec2.launch_config_imdsv1

lc(tokens, endpoint) := {"id": "c", "type": "aws.autoscaling.launch_configuration", "name": "c", "tags": {}, "properties": {"metadata_options": {"http_tokens": tokens, "http_endpoint": endpoint}, "block_devices": [], "associate_public_ip": null}}

test_not_set if {
	r := launch_config_imdsv1.deny with input.resources as [lc(null, null)]
	r == {{"resource": "c", "path": ["properties", "metadata_options", "http_tokens"], "msg": "Launch configuration 'c' allows IMDSv1 (HttpTokens is not set)."}}
	count(launch_config_imdsv1.deny) == 1 with input.resources as [lc("optional", "enabled")]
}

test_required_disabled_unknown if {
	count(launch_config_imdsv1.deny) == 0 with input.resources as [lc("required", null)]
	count(launch_config_imdsv1.deny) == 0 with input.resources as [lc(null, "disabled")]
	count(launch_config_imdsv1.deny) == 0 with input.resources as [lc({"$unknown": "Ref"}, null)]
}
