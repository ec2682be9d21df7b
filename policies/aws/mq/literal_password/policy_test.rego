package palisade.rules.aws.mq.literal_password_test

import data.palisade.rules.aws.mq.literal_password

broker(pws) := {"id": "b", "type": "aws.mq.broker", "name": "b", "tags": {}, "properties": {"user_passwords": pws}}

test_literal if {
	r := literal_password.deny with input.resources as [broker([{"literal": false, "managed": true}, {"literal": true, "managed": false}])]
	r == {{"resource": "b", "path": ["properties", "user_passwords", 1], "msg": "Amazon MQ broker 'b' has a user's password written in the template."}}
}

test_not_reported if {
	count(literal_password.deny) == 0 with input.resources as [broker([])]
	count(literal_password.deny) == 0 with input.resources as [broker([null, {"literal": {"$unknown": "parts"}, "managed": {"$unknown": "parts"}}])]
}
