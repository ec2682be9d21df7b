package palisade.rules.aws.ec2.instance_profile_test

import data.palisade.rules.aws.ec2.instance_profile

inst(v) := {"id": "i", "type": "aws.ec2.instance", "name": "i", "tags": {}, "properties": {"instance_profile": v}}

test_none if {
	r := instance_profile.deny with input.resources as [inst(null)]
	r == {{"resource": "i", "path": ["properties", "instance_profile"], "msg": "EC2 instance 'i' has no IAM instance profile."}}
}

test_profile_or_unknown if {
	count(instance_profile.deny) == 0 with input.resources as [inst("ref:Profile")]
	count(instance_profile.deny) == 0 with input.resources as [inst({"$unknown": "Ref"})]
}
