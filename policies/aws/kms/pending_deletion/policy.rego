# METADATA
# title: KMS key is scheduled for deletion
# description: >-
#   A key in `PendingDeletion` is deleted when its waiting period ends, and with it every
#   ciphertext it protects becomes unreadable for good: the volumes, snapshots, buckets,
#   secrets and backups encrypted with it are lost. While it waits nothing can use it, so a
#   deletion scheduled by mistake (or by an attacker) shows as failures first. Only a live
#   account shows this.
# custom:
#   id: PAL-KMS-003
#   severity: medium
#   category: reliability
#   cwe: none
#   remediation: >-
#     If the key is still needed, cancel the deletion (`aws kms cancel-key-deletion --key-id
#     <id>`, then `enable-key`); alarm on `ScheduleKeyDeletion` in CloudTrail and deny
#     `kms:ScheduleKeyDeletion` outside key administrators.
#   frameworks:
#     nist-800-53: [SC-12, CP-9]
#     soc2: [A1.2]
#     fsbp: [KMS.3]
#   resource_types: [aws.kms.key]
#   sources: [aws]
package palisade.rules.aws.kms.pending_deletion

import data.palisade.lib

deny contains lib.result(r, ["properties", "key_state"], msg) if {
	some r in lib.resources("aws.kms.key")
	r.properties.key_state == "PendingDeletion"
	msg := concat("", ["KMS key '", r.name, "' is scheduled for deletion", window(r.properties), "."])
}

window(p) := concat("", [" (", format_int(p.pending_window_days, 10), "-day waiting period)"]) if is_number(p.pending_window_days)

window(p) := "" if not is_number(p.pending_window_days)
