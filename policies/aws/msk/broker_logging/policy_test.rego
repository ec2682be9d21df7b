package palisade.rules.aws.msk.broker_logging_test

import data.palisade.rules.aws.msk.broker_logging

msk(v) := {"id": "k", "type": "aws.msk.cluster", "name": "k", "tags": {}, "properties": {"broker_logs": v}}

test_off if {
	r := broker_logging.deny with input.resources as [msk(false)]
	r == {{"resource": "k", "path": ["properties", "broker_logs"], "msg": "MSK cluster 'k' does not deliver its broker logs anywhere."}}
}

test_on if {
	count(broker_logging.deny) == 0 with input.resources as [msk(true)]
	count(broker_logging.deny) == 0 with input.resources as [msk({"$unknown": "Fn::If"})]
}
