package palisade.rules.aws.iam.all_actions_scoped_test

import data.palisade.rules.aws.iam.all_actions_scoped

stmt(actions, resources) := {
	"sid": null, "effect": "Allow", "principal": null, "not_principal": false,
	"actions": actions, "not_actions": [], "resources": resources, "not_resources": [], "conditions": {},
}

policy(s) := {"id": "p", "type": "aws.iam.policy", "name": "p", "tags": {}, "properties": {"document": {"statements": [s]}}}

test_star_on_bucket if {
	r := all_actions_scoped.deny with input.resources as [policy(stmt(["*"], ["arn:aws:s3:::b", {"$unknown": "Fn::GetAtt"}]))]
	r == {{"resource": "p", "path": ["properties", "document", "statements", 0, "actions"], "msg": "IAM policy 'p' has a policy statement that allows every action on the resources it names."}}
}

test_not_this_rule if {
	count(all_actions_scoped.deny) == 0 with input.resources as [policy(stmt(["*"], ["*"]))]
	count(all_actions_scoped.deny) == 0 with input.resources as [policy(stmt(["s3:getobject"], ["arn:aws:s3:::b/*"]))]
	count(all_actions_scoped.deny) == 0 with input.resources as [policy(stmt([{"$unknown": "Ref"}], ["arn:aws:s3:::b"]))]
}
