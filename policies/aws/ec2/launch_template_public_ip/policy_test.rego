package palisade.rules.aws.ec2.launch_template_public_ip_test

import data.palisade.rules.aws.ec2.launch_template_public_ip

tmpl(v) := {"id": "t", "type": "aws.ec2.launch_template", "name": "t", "tags": {}, "properties": {"associate_public_ip": v}}

test_public if {
	r := launch_template_public_ip.deny with input.resources as [tmpl(true)]
	r == {{"resource": "t", "path": ["properties", "associate_public_ip"], "msg": "Launch template 't' gives its instances public IP addresses."}}
}

test_private_unset_unknown if {
	count(launch_template_public_ip.deny) == 0 with input.resources as [tmpl(false)]
	count(launch_template_public_ip.deny) == 0 with input.resources as [tmpl(null)]
	count(launch_template_public_ip.deny) == 0 with input.resources as [tmpl({"$unknown": "Ref"})]
}
