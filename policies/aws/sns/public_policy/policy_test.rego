package palisade.rules.aws.sns.public_policy_test

import data.palisade.rules.aws.sns.public_policy

stmt(conditions) := {
	"sid": null, "effect": "Allow", "not_principal": false,
	"principal": {"any": true, "aws": ["*"], "service": [], "federated": []},
	"actions": ["sns:publish"], "not_actions": [], "resources": ["*"], "not_resources": [], "conditions": conditions,
}

topic(s) := {"id": "t", "type": "aws.sns.topic", "name": "t", "tags": {}, "properties": {"policy": {"statements": [s]}}}

test_public if {
	r := public_policy.deny with input.resources as [topic(stmt({}))]
	r == {{"resource": "t", "path": ["properties", "policy", "statements", 0, "principal"], "msg": "SNS topic 't' has a policy statement that allows public access."}}
}

test_default_topic_policy if {
	count(public_policy.deny) == 0 with input.resources as [topic(stmt({"StringEquals": {"aws:sourceowner": ["111122223333"]}}))]
}
