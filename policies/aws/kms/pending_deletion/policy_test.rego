package palisade.rules.aws.kms.pending_deletion_test

import data.palisade.rules.aws.kms.pending_deletion

key(state, days) := {"id": "k", "type": "aws.kms.key", "name": "k", "tags": {}, "properties": {"key_state": state, "pending_window_days": days}}

test_pending if {
	r := pending_deletion.deny with input.resources as [key("PendingDeletion", 7)]
	r == {{"resource": "k", "path": ["properties", "key_state"], "msg": "KMS key 'k' is scheduled for deletion (7-day waiting period)."}}
	r2 := pending_deletion.deny with input.resources as [key("PendingDeletion", null)]
	r2 == {{"resource": "k", "path": ["properties", "key_state"], "msg": "KMS key 'k' is scheduled for deletion."}}
}

test_not_pending if {
	count(pending_deletion.deny) == 0 with input.resources as [key("Enabled", null)]
	count(pending_deletion.deny) == 0 with input.resources as [key(null, 30)]
}
