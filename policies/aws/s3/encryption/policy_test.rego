package palisade.rules.aws.s3.encryption_test

import data.palisade.rules.aws.s3.encryption

bucket(enc) := {"id": "b", "type": "aws.s3.bucket", "name": "b", "properties": {"encryption": enc}, "tags": {}}

test_unencrypted if {
	r := encryption.deny with input.resources as [bucket({"configured": false, "algorithm": null, "kms_key_id": null, "bucket_key": false})]
	r == {{"resource": "b", "path": ["properties", "encryption"], "msg": "S3 bucket 'b' has no default encryption."}}
}

test_encrypted if {
	count(encryption.deny) == 0 with input.resources as [bucket({"configured": true, "algorithm": "AES256", "kms_key_id": null, "bucket_key": false})]
}

test_unknown if {
	count(encryption.deny) == 0 with input.resources as [bucket({"$unknown": "Fn::If"})]
	count(encryption.deny) == 0 with input.resources as [bucket({"configured": {"$unknown": "Fn::If"}})]
}
