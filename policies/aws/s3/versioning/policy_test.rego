package palisade.rules.aws.s3.versioning_test

import data.palisade.rules.aws.s3.versioning

bucket(v) := {"id": "b", "type": "aws.s3.bucket", "name": "b", "properties": {"versioning": v}, "tags": {}}

test_disabled if {
	r := versioning.deny with input.resources as [bucket({"enabled": false, "mfa_delete": false})]
	r == {{"resource": "b", "path": ["properties", "versioning"], "msg": "S3 bucket 'b' does not have versioning enabled."}}
}

test_enabled_or_unknown if {
	count(versioning.deny) == 0 with input.resources as [bucket({"enabled": true, "mfa_delete": false})]
	count(versioning.deny) == 0 with input.resources as [bucket({"enabled": {"$unknown": "Fn::If"}, "mfa_delete": false})]
	count(versioning.deny) == 0 with input.resources as [bucket({"$unknown": "Fn::If"})]
}
