package palisade.rules.aws.tagging.confidential_logging_test

import data.palisade.rules.aws.tagging.confidential_logging

bucket(logging, tags) := {"id": "b", "type": "aws.s3.bucket", "name": "b", "tags": tags, "properties": {"logging": logging}}

test_confidential_without_logging if {
	count(confidential_logging.deny) == 1 with input.resources as [bucket({"enabled": false, "target_bucket": null}, {"DataClassification": "Restricted"})]
}

test_logged_or_not_confidential if {
	count(confidential_logging.deny) == 0 with input.resources as [bucket({"enabled": true, "target_bucket": "logs"}, {"DataClassification": "confidential"})]
	count(confidential_logging.deny) == 0 with input.resources as [bucket({"enabled": false, "target_bucket": null}, {})]
}
