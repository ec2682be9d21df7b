# METADATA
# title: DynamoDB table has no deletion protection
# description: >-
#   Without `DeletionProtectionEnabled` one DeleteTable call, or a stack change that replaces
#   or removes the table, deletes it and its data; point-in-time recovery does not survive the
#   table's deletion beyond its own backup window. AWS's default is off.
# custom:
#   id: PAL-DDB-003
#   severity: low
#   category: reliability
#   cwe: none
#   remediation: >-
#     Set `DeletionProtectionEnabled: true` (and `DeletionPolicy: Retain`); in CDK
#     `deletionProtection: true` on `dynamodb.Table` / `TableV2`.
#   frameworks:
#     nist-800-53: [CP-9]
#     soc2: [A1.2]
#     fsbp: [DynamoDB.6]
#   resource_types: [aws.dynamodb.table]
#   sources: [cloudformation, cdk]
package palisade.rules.aws.dynamodb.deletion_protection

import data.palisade.lib

deny contains lib.result(r, ["properties", "deletion_protection"], msg) if {
	some r in lib.resources("aws.dynamodb.table")
	lib.is_false(r.properties.deletion_protection)
	msg := concat("", ["DynamoDB table '", r.name, "' has no deletion protection."])
}
