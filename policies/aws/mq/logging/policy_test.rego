package palisade.rules.aws.mq.logging_test

import data.palisade.rules.aws.mq.logging

broker(engine, general, audit) := {"id": "b", "type": "aws.mq.broker", "name": "b", "tags": {}, "properties": {"engine": engine, "logs": {"general": general, "audit": audit}}}

test_off if {
	r := logging.deny with input.resources as [broker("ACTIVEMQ", false, false)]
	r == {
		{"resource": "b", "path": ["properties", "logs", "general"], "msg": "Amazon MQ broker 'b' does not send its general log to CloudWatch Logs."},
		{"resource": "b", "path": ["properties", "logs", "audit"], "msg": "Amazon MQ broker 'b' does not send its audit log to CloudWatch Logs."},
	}
}

test_rabbitmq_has_no_audit_log if {
	count(logging.deny) == 0 with input.resources as [broker("RABBITMQ", true, false)]
	count(logging.deny) == 1 with input.resources as [broker("RABBITMQ", false, false)]
}

test_on_or_unknown if {
	count(logging.deny) == 0 with input.resources as [broker("ACTIVEMQ", true, true)]
	count(logging.deny) == 0 with input.resources as [broker("ACTIVEMQ", {"$unknown": "Ref"}, {"$unknown": "Ref"})]
}
