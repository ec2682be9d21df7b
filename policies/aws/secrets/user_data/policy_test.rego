package palisade.rules.aws.secrets.user_data_test

import data.palisade.rules.aws.secrets.user_data

ud(kind) := {"resource_type": "AWS::EC2::LaunchTemplate", "property": "LaunchTemplateData.UserData", "kind": "user-data", "value_kind": kind, "noecho_default": false}

tmpl(secrets) := {"id": "t", "type": "aws.ec2.launch_template", "name": "t", "tags": {}, "properties": {"literal_secrets": secrets}}

test_access_key if {
	r := user_data.deny with input.resources as [tmpl([ud("aws-access-key-id")])]
	r == {{"resource": "t", "path": ["properties", "literal_secrets", 0], "msg": "AWS::EC2::LaunchTemplate 't' has an AWS access key in its user data ('LaunchTemplateData.UserData')."}}
}

test_assignment if {
	r := user_data.deny with input.resources as [tmpl([ud("assignment")])]
	r == {{"resource": "t", "path": ["properties", "literal_secrets", 0], "msg": "AWS::EC2::LaunchTemplate 't' has a secret-named variable or setting with a literal value in its user data ('LaunchTemplateData.UserData')."}}
}

test_properties_are_not_user_data if {
	p := {"resource_type": "AWS::EC2::LaunchTemplate", "property": "Password", "kind": "property", "value_kind": null, "noecho_default": false}
	count(user_data.deny) == 0 with input.resources as [tmpl([p])]
	count(user_data.deny) == 0 with input.resources as [{"id": "b", "type": "aws.s3.bucket", "name": "b", "tags": {}, "properties": {}}]
}
