package palisade.rules.aws.lambda.public_url_test

import data.palisade.rules.aws.lambda.public_url

fn(url) := {"id": "f", "type": "aws.lambda.function", "name": "f", "properties": {"url": url}, "tags": {}}

test_public if {
	r := public_url.deny with input.resources as [fn({"auth_type": "NONE"})]
	r == {{"resource": "f", "path": ["properties", "url", "auth_type"], "msg": "Lambda function 'f' has a function URL that anyone can invoke without authentication."}}
}

test_iam_none_or_unknown if {
	count(public_url.deny) == 0 with input.resources as [fn({"auth_type": "AWS_IAM"})]
	count(public_url.deny) == 0 with input.resources as [fn(null)]
	count(public_url.deny) == 0 with input.resources as [fn({"auth_type": {"$unknown": "Ref"}})]
}
