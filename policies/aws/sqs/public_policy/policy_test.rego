package palisade.rules.aws.sqs.public_policy_test

import data.palisade.rules.aws.sqs.public_policy

stmt(conditions) := {
	"sid": null, "effect": "Allow", "not_principal": false,
	"principal": {"any": true, "aws": ["*"], "service": [], "federated": []},
	"actions": ["sqs:sendmessage"], "not_actions": [], "resources": ["*"], "not_resources": [], "conditions": conditions,
}

queue(s) := {"id": "q", "type": "aws.sqs.queue", "name": "q", "tags": {}, "properties": {"policy": {"statements": [s]}}}

test_public if {
	r := public_policy.deny with input.resources as [queue(stmt({}))]
	r == {{"resource": "q", "path": ["properties", "policy", "statements", 0, "principal"], "msg": "SQS queue 'q' has a policy statement that allows public access."}}
}

test_source_arn if {
	count(public_policy.deny) == 0 with input.resources as [queue(stmt({"ArnEquals": {"aws:sourcearn": ["arn:aws:sns:eu-west-1:111122223333:orders"]}}))]
}
