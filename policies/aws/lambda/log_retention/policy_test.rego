package palisade.rules.aws.lambda.log_retention_test

import data.palisade.rules.aws.lambda.log_retention

fn(log_group) := {"id": "f", "type": "aws.lambda.function", "name": "f", "properties": {"log_group": log_group}, "tags": {}}

test_no_log_group if {
	r := log_retention.deny with input.resources as [fn(null)]
	r == {{"resource": "f", "path": ["properties", "log_group"], "msg": "Lambda function 'f' has no declared log group: its logs never expire."}}
}

test_declared_or_unknown if {
	count(log_retention.deny) == 0 with input.resources as [fn({"retention_days": 30, "kms_key_id": null})]
	count(log_retention.deny) == 0 with input.resources as [fn({"retention_days": null, "kms_key_id": null})]
	count(log_retention.deny) == 0 with input.resources as [fn({"$unknown": "Fn::ImportValue"})]
}
