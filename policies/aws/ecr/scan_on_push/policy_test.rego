package palisade.rules.aws.ecr.scan_on_push_test

import data.palisade.rules.aws.ecr.scan_on_push

repo(v) := {"id": "r", "type": "aws.ecr.repository", "name": "r", "tags": {}, "properties": {"scan_on_push": v}}

test_off if {
	r := scan_on_push.deny with input.resources as [repo(false)]
	r == {{"resource": "r", "path": ["properties", "scan_on_push"], "msg": "ECR repository 'r' does not scan images on push."}}
}

test_on_or_unknown if {
	count(scan_on_push.deny) == 0 with input.resources as [repo(true)]
	count(scan_on_push.deny) == 0 with input.resources as [repo({"$unknown": "Ref"})]
}
