package palisade.rules.aws.ec2.launch_config_public_ip_test

import data.palisade.rules.aws.ec2.launch_config_public_ip

lc(v) := {"id": "c", "type": "aws.autoscaling.launch_configuration", "name": "c", "tags": {}, "properties": {"associate_public_ip": v}}

test_public if {
	r := launch_config_public_ip.deny with input.resources as [lc(true)]
	r == {{"resource": "c", "path": ["properties", "associate_public_ip"], "msg": "Launch configuration 'c' gives its instances public IP addresses."}}
}

test_private_and_unknown if {
	count(launch_config_public_ip.deny) == 0 with input.resources as [lc(false)]
	count(launch_config_public_ip.deny) == 0 with input.resources as [lc(null)]
	count(launch_config_public_ip.deny) == 0 with input.resources as [lc({"$unknown": "Ref"})]
}
