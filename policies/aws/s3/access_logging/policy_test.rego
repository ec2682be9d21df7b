package palisade.rules.aws.s3.access_logging_test

import data.palisade.rules.aws.s3.access_logging

bucket(id, logging) := {"id": id, "type": "aws.s3.bucket", "name": id, "properties": {"bucket_name": null, "logging": logging}, "tags": {}}

off := {"enabled": false, "target_bucket": null}

test_no_logging if {
	r := access_logging.deny with input.resources as [bucket("Data", off)]
	r == {{"resource": "Data", "path": ["properties", "logging"], "msg": "S3 bucket 'Data' has no server access logging."}}
}

test_logging_and_log_target if {
	resources := [bucket("Data", {"enabled": true, "target_bucket": "ref:Logs"}), bucket("Logs", off)]
	count(access_logging.deny) == 0 with input.resources as resources
}

test_live_log_target_by_name if {
	logs := object.union(bucket("arn:aws:s3:::acme-logs", off), {"name": "acme-logs"})
	resources := [bucket("arn:aws:s3:::acme-data", {"enabled": true, "target_bucket": "acme-logs"}), logs]
	count(access_logging.deny) == 0 with input.resources as resources
}

test_unknown if {
	count(access_logging.deny) == 0 with input.resources as [bucket("Data", {"enabled": {"$unknown": "Fn::If"}, "target_bucket": null})]
}

test_unnamed_buckets_are_not_log_targets if {
	count(access_logging.deny) == 2 with input.resources as [bucket("A", off), bucket("B", off)]
}
