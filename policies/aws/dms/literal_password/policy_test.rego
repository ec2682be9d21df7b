package palisade.rules.aws.dms.literal_password_test

import data.palisade.rules.aws.dms.literal_password

secret(type, noecho) := {"resource_type": type, "property": "Password", "kind": "property", "value_kind": null, "noecho_default": noecho}

res(secrets) := {"id": "x", "type": "aws.cloudformation.resource", "name": "x", "tags": {}, "properties": {"cfn_type": "AWS::DMS::Endpoint", "literal_secrets": secrets}}

test_literal if {
	r := literal_password.deny with input.resources as [res([secret("AWS::DMS::Endpoint", false)])]
	r == {{"resource": "x", "path": ["properties", "literal_secrets", 0], "msg": "DMS endpoint 'x' has a credential written in the template in 'Password'."}}
}

test_noecho_default if {
	r := literal_password.deny with input.resources as [res([secret("AWS::DMS::Endpoint", true)])]
	r == {{"resource": "x", "path": ["properties", "literal_secrets", 0], "msg": "DMS endpoint 'x' has a credential written in the template in 'Password' (the Default of a NoEcho parameter)."}}
}

test_other_types_are_not_judged_here if {
	count(literal_password.deny) == 0 with input.resources as [res([secret("AWS::CodeBuild::SourceCredential", false)])]
	count(literal_password.deny) == 0 with input.resources as [res([])]
}
