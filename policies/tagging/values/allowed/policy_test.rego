package palisade.rules.tagging.values.allowed_test

import data.palisade.rules.tagging.values.allowed

res(type, tags) := {"id": "r", "type": type, "name": "x", "tags": tags, "properties": {}}

cfg := {"tags": {"allowed": {"Environment": ["dev", "prod"]}}}

test_other_value if {
	count(allowed.deny) == 1 with input.resources as [res("aws.s3.bucket", {"Environment": "prd"})] with data.config as cfg
	count(allowed.deny) == 1 with input.resources as [res("compose.service", {"Environment": "Prod"})] with data.config as cfg
}

test_allowed_absent_unknown_untaggable_or_unconfigured if {
	count(allowed.deny) == 0 with input.resources as [res("aws.s3.bucket", {"Environment": "prod"})] with data.config as cfg
	count(allowed.deny) == 0 with input.resources as [res("aws.s3.bucket", {})] with data.config as cfg
	count(allowed.deny) == 0 with input.resources as [res("aws.s3.bucket", {"Environment": {"$unknown": "Ref"}})] with data.config as cfg
	count(allowed.deny) == 0 with input.resources as [res("aws.iam.policy", {"Environment": "prd"})] with data.config as cfg
	count(allowed.deny) == 0 with input.resources as [res("aws.s3.bucket", {"Environment": "prd"})]
}
