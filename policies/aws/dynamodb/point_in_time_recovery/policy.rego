# METADATA
# title: DynamoDB table has no point-in-time recovery
# description: >-
#   Without point-in-time recovery, a bad write, a buggy migration or a deleted item cannot be
#   rolled back to any second of the last 35 days.
# custom:
#   id: PAL-DDB-001
#   severity: medium
#   category: reliability
#   cwe: none
#   remediation: >-
#     Set `PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled: true}`; in CDK
#     `pointInTimeRecoverySpecification: {pointInTimeRecoveryEnabled: true}`.
#   frameworks:
#     nist-800-53: [CP-9, CP-10]
#     hipaa: ["164.308(a)(7)(ii)(A)"]
#     soc2: [A1.2]
#     fsbp: [DynamoDB.2]
#   resource_types: [aws.dynamodb.table]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.dynamodb.point_in_time_recovery

import data.palisade.lib

deny contains lib.result(r, ["properties", "point_in_time_recovery"], msg) if {
	some r in lib.resources("aws.dynamodb.table")
	lib.is_false(r.properties.point_in_time_recovery)
	msg := concat("", ["DynamoDB table '", r.name, "' has no point-in-time recovery."])
}
