package palisade.rules.aws.s3.encryption_test

import data.palisade.rules.aws.s3.encryption

bucket(enc) := {"id": "b", "type": "aws.s3.bucket", "name": "b", "properties": {"encryption": enc}, "tags": {}}

# S3 encrypts every bucket with SSE-S3 by default since 2023: an omitted configuration is not a finding.
test_default_encryption_is_not_a_finding if {
	count(encryption.deny) == 0 with input.resources as [bucket({"configured": false, "algorithm": null, "kms_key_id": null, "bucket_key": false})]
}
