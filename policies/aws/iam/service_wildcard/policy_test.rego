package palisade.rules.aws.iam.service_wildcard_test

import data.palisade.rules.aws.iam.service_wildcard

stmt(effect, actions) := {
	"sid": null, "effect": effect, "principal": null, "not_principal": false,
	"actions": actions, "not_actions": [], "resources": ["*"], "not_resources": [], "conditions": {},
}

group(statements) := {
	"id": "g", "type": "aws.iam.group", "name": "g", "tags": {},
	"properties": {"policies": [{"name": "p", "document": {"statements": statements}}]},
}

test_service_wildcards if {
	r := service_wildcard.deny with input.resources as [group([stmt("Allow", ["sqs:sendmessage", "s3:*", "dynamodb:*"])])]
	r == {{"resource": "g", "path": ["properties", "policies", 0, "document", "statements", 0, "actions"], "msg": "IAM group 'g' allows every action of a service: dynamodb:*, s3:*."}}
}

test_scoped_deny_or_unknown if {
	count(service_wildcard.deny) == 0 with input.resources as [group([stmt("Allow", ["s3:get*", "s3:listbucket"])])]
	count(service_wildcard.deny) == 0 with input.resources as [group([stmt("Deny", ["s3:*"])])]
	count(service_wildcard.deny) == 0 with input.resources as [group([stmt("Allow", [{"$unknown": "Ref"}])])]
	count(service_wildcard.deny) == 0 with input.resources as [group([stmt("Allow", ["*"])])]
}
