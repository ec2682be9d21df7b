package palisade.rules.aws.iam.access_key_age_test

import data.palisade.rules.aws.iam.access_key_age

user(keys) := {"id": "u", "type": "aws.iam.user", "name": "u", "properties": {"access_keys": keys}, "tags": {}}

test_old_and_idle if {
	count(access_key_age.deny) == 1 with input.resources as [user([{"active": true, "last_rotated_days": 120, "last_used_days": 0}])]
	count(access_key_age.deny) == 1 with input.resources as [user([{"active": true, "last_rotated_days": 60, "last_used_days": 50}])]
	count(access_key_age.deny) == 1 with input.resources as [user([{"active": true, "last_rotated_days": 60, "last_used_days": null}])]
}

test_fresh_inactive_unknown if {
	count(access_key_age.deny) == 0 with input.resources as [user([{"active": true, "last_rotated_days": 30, "last_used_days": 1}])]
	count(access_key_age.deny) == 0 with input.resources as [user([{"active": false, "last_rotated_days": 300, "last_used_days": 200}])]
	count(access_key_age.deny) == 0 with input.resources as [user([{"$unknown": "x"}])]
}
