package palisade.rules.aws.cloudtrail.account_logging_test

import data.palisade.rules.aws.cloudtrail.account_logging

acct(v) := {"id": "a", "type": "aws.cloudtrail.account", "name": "111122223333", "properties": {"multi_region_logging": v, "trail_count": 1}, "tags": {}}

test_no_logging_trail if {
	count(account_logging.deny) == 1 with input.resources as [acct(false)]
}

test_logging_or_unknown if {
	count(account_logging.deny) == 0 with input.resources as [acct(true)]
	count(account_logging.deny) == 0 with input.resources as [acct({"$unknown": "x"})]
}
