package palisade.rules.aws.ec2.instance_imdsv1_test

import data.palisade.rules.aws.ec2.instance_imdsv1

inst(tokens, endpoint, lt) := {"id": "i", "type": "aws.ec2.instance", "name": "i", "tags": {}, "properties": {"metadata_options": {"http_tokens": tokens, "http_endpoint": endpoint}, "launch_template": lt}}

test_no_launch_template if {
	r := instance_imdsv1.deny with input.resources as [inst(null, null, null)]
	r == {{"resource": "i", "path": ["properties", "metadata_options", "http_tokens"], "msg": "EC2 instance 'i' allows IMDSv1 (no launch template requires IMDSv2)."}}
}

test_optional if {
	r := instance_imdsv1.deny with input.resources as [inst("optional", "enabled", null)]
	r == {{"resource": "i", "path": ["properties", "metadata_options", "http_tokens"], "msg": "EC2 instance 'i' allows IMDSv1 (HttpTokens is optional)."}}
}

test_required_disabled_unknown_or_judged_on_the_template if {
	count(instance_imdsv1.deny) == 0 with input.resources as [inst("required", "enabled", null)]
	count(instance_imdsv1.deny) == 0 with input.resources as [inst(null, "disabled", null)]
	count(instance_imdsv1.deny) == 0 with input.resources as [inst({"$unknown": "x"}, {"$unknown": "x"}, {"$unknown": "x"})]
	count(instance_imdsv1.deny) == 0 with input.resources as [inst("optional", "enabled", "ref:Lt")]
}
