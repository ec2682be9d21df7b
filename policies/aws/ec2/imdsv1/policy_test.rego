package palisade.rules.aws.ec2.imdsv1_test

import data.palisade.rules.aws.ec2.imdsv1

tmpl(tokens, endpoint) := {"id": "t", "type": "aws.ec2.launch_template", "name": "t", "tags": {}, "properties": {"metadata_options": {"http_tokens": tokens, "http_endpoint": endpoint}, "block_devices": []}}

test_not_set if {
	r := imdsv1.deny with input.resources as [tmpl(null, null)]
	r == {{"resource": "t", "path": ["properties", "metadata_options", "http_tokens"], "msg": "Launch template 't' allows IMDSv1 (HttpTokens is not set)."}}
}

test_optional if {
	count(imdsv1.deny) == 1 with input.resources as [tmpl("optional", "enabled")]
}

test_required_disabled_unknown if {
	count(imdsv1.deny) == 0 with input.resources as [tmpl("required", null)]
	count(imdsv1.deny) == 0 with input.resources as [tmpl(null, "disabled")]
	count(imdsv1.deny) == 0 with input.resources as [tmpl({"$unknown": "Ref"}, null)]
	count(imdsv1.deny) == 0 with input.resources as [tmpl(null, {"$unknown": "Ref"})]
}
