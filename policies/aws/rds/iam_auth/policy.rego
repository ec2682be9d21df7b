# METADATA
# title: RDS database does not allow IAM authentication
# description: >-
#   Without IAM database authentication, every client uses long-lived database passwords that
#   must be distributed and rotated; with it, access follows IAM roles and leaves a CloudTrail
#   record. Only engines that support it (MySQL, MariaDB, PostgreSQL and their Aurora
#   editions) are judged; instances of a DB cluster take the setting from the cluster.
# custom:
#   id: PAL-RDS-005
#   severity: low
#   category: access
#   cwe: none
#   remediation: >-
#     Set `EnableIAMDatabaseAuthentication: true` and grant `rds-db:connect` to the roles that
#     connect; in CDK `iamAuthentication: true`.
#   frameworks:
#     nist-800-53: [AC-2, IA-2]
#     fsbp: [RDS.10, RDS.12]
#   resource_types: [aws.rds.instance, aws.rds.cluster]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.rds.iam_auth

import data.palisade.lib
import data.palisade.lib.aws

# "aurora" is the legacy name of Aurora MySQL 5.6-compatible clusters, which support IAM too.
supported := {"aurora", "aurora-mysql", "aurora-postgresql", "mariadb", "mysql", "postgres"}

deny contains lib.result(r, ["properties", "iam_authentication"], msg) if {
	some r in aws.rds_databases
	supported[r.properties.engine]
	lib.is_false(r.properties.iam_authentication)
	msg := concat("", ["RDS database '", r.name, "' does not allow IAM database authentication."])
}
