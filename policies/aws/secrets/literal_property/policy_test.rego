package palisade.rules.aws.secrets.literal_property_test

import data.palisade.rules.aws.secrets.literal_property

secret(type, property, noecho) := {"resource_type": type, "property": property, "kind": "property", "value_kind": null, "noecho_default": noecho}

res(secrets) := {"id": "x", "type": "aws.cloudformation.resource", "name": "x", "tags": {}, "properties": {"cfn_type": "AWS::CodeBuild::SourceCredential", "literal_secrets": secrets}}

test_literal_property if {
	r := literal_property.deny with input.resources as [res([secret("AWS::CodeBuild::SourceCredential", "Token", false)])]
	r == {{"resource": "x", "path": ["properties", "literal_secrets", 0], "msg": "AWS::CodeBuild::SourceCredential 'x' has a credential written in the template in 'Token'."}}
}

test_noecho_default if {
	r := literal_property.deny with input.resources as [res([secret("AWS::CloudFormation::Stack", "Parameters.DbPassword", true)])]
	r == {{"resource": "x", "path": ["properties", "literal_secrets", 0], "msg": "AWS::CloudFormation::Stack 'x' has a credential written in the template in 'Parameters.DbPassword' (the Default of a NoEcho parameter)."}}
}

test_dedicated_types_and_user_data_are_left_to_their_rules if {
	dms := secret("AWS::DMS::Endpoint", "Password", false)
	ud := object.union(secret("AWS::EC2::Instance", "UserData", false), {"kind": "user-data", "value_kind": "token"})
	count(literal_property.deny) == 0 with input.resources as [res([dms, ud])]
	count(literal_property.deny) == 0 with input.resources as [res([])]
}
