package palisade.rules.aws.mq.public_access_test

import data.palisade.rules.aws.mq.public_access

broker(v) := {"id": "b", "type": "aws.mq.broker", "name": "b", "tags": {}, "properties": {"publicly_accessible": v}}

test_public if {
	r := public_access.deny with input.resources as [broker(true)]
	r == {{"resource": "b", "path": ["properties", "publicly_accessible"], "msg": "Amazon MQ broker 'b' is publicly accessible."}}
}

test_private if {
	count(public_access.deny) == 0 with input.resources as [broker(false)]
	count(public_access.deny) == 0 with input.resources as [broker({"$unknown": "Ref"})]
}
