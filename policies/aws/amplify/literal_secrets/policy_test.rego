package palisade.rules.aws.amplify.literal_secrets_test

import data.palisade.rules.aws.amplify.literal_secrets

secret(type, noecho) := {"resource_type": type, "property": "Password", "kind": "property", "value_kind": null, "noecho_default": noecho}

res(secrets) := {"id": "x", "type": "aws.cloudformation.resource", "name": "x", "tags": {}, "properties": {"cfn_type": "AWS::Amplify::App", "literal_secrets": secrets}}

test_literal if {
	r := literal_secrets.deny with input.resources as [res([secret("AWS::Amplify::App", false)])]
	r == {{"resource": "x", "path": ["properties", "literal_secrets", 0], "msg": "Amplify app 'x' has a credential written in the template in 'Password'."}}
}

test_noecho_default if {
	r := literal_secrets.deny with input.resources as [res([secret("AWS::Amplify::App", true)])]
	r == {{"resource": "x", "path": ["properties", "literal_secrets", 0], "msg": "Amplify app 'x' has a credential written in the template in 'Password' (the Default of a NoEcho parameter)."}}
}

test_other_types_are_not_judged_here if {
	count(literal_secrets.deny) == 0 with input.resources as [res([secret("AWS::CodeBuild::SourceCredential", false)])]
	count(literal_secrets.deny) == 0 with input.resources as [res([])]
}
