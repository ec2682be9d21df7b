package palisade.rules.aws.s3.kms_encryption_test

import data.palisade.rules.aws.s3.kms_encryption

bucket(enc) := {"id": "b", "type": "aws.s3.bucket", "name": "b", "properties": {"encryption": enc}, "tags": {}}

enc(algorithm) := {"configured": true, "algorithm": algorithm, "kms_key_id": null, "bucket_key": false}

test_sse_s3 if {
	r := kms_encryption.deny with input.resources as [bucket(enc("AES256"))]
	r == {{"resource": "b", "path": ["properties", "encryption", "algorithm"], "msg": "S3 bucket 'b' is encrypted with S3-managed keys (AES256), not KMS."}}
}

test_kms if {
	count(kms_encryption.deny) == 0 with input.resources as [bucket(enc("aws:kms"))]
	count(kms_encryption.deny) == 0 with input.resources as [bucket(enc("aws:kms:dsse"))]
}

test_not_configured_is_pal_s3_001s if {
	count(kms_encryption.deny) == 0 with input.resources as [bucket({"configured": false, "algorithm": null, "kms_key_id": null, "bucket_key": false})]
}

test_unknown if {
	count(kms_encryption.deny) == 0 with input.resources as [bucket(enc({"$unknown": "Ref"}))]
}

test_access_log_target_needs_sse_s3 if {
	logs := object.union(bucket(enc("AES256")), {"id": "t#Logs", "name": "Logs"})
	data_bucket := {"id": "t#Data", "type": "aws.s3.bucket", "name": "Data", "tags": {}, "properties": {"encryption": enc("aws:kms"), "logging": {"enabled": true, "target_bucket": "ref:Logs"}}}
	count(kms_encryption.deny) == 0 with input.resources as [logs, data_bucket]
}
