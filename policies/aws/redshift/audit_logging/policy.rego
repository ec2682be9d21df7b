# METADATA
# title: Redshift cluster has no audit logging
# description: >-
#   Without `LoggingProperties`, Redshift keeps no connection, user and user-activity logs:
#   who logged in to the warehouse and which queries read or changed which data leave no record
#   outside the cluster's short-lived system tables.
# custom:
#   id: PAL-RS-003
#   severity: medium
#   category: logging
#   cwe: CWE-778
#   remediation: >-
#     CloudFormation: `LoggingProperties: {LogDestinationType: cloudwatch, LogExports:
#     [connectionlog, userlog, useractivitylog]}` (or `BucketName` for S3). CDK:
#     `new redshift.Cluster(this, 'Warehouse', { loggingProperties: { loggingBucket, loggingKeyPrefix: 'audit/' }, ... })`.
#   frameworks:
#     nist-800-53: [AU-2, AU-12]
#     pci-dss: ["10.2.1"]
#     soc2: [CC7.2]
#     fsbp: [Redshift.4]
#   resource_types: [aws.redshift.cluster]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.redshift.audit_logging

import data.palisade.lib

deny contains lib.result(r, ["properties", "audit_logging"], msg) if {
	some r in lib.resources("aws.redshift.cluster")
	lib.is_false(r.properties.audit_logging)
	msg := concat("", ["Redshift cluster '", r.name, "' has no audit logging."])
}
