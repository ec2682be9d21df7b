# METADATA
# title: S3 bucket has no server access logging
# description: >-
#   Without server access logs there is no record of who read, wrote or deleted objects, which
#   incident response and audits need. A bucket that receives other buckets' access logs is
#   not reported: logging into itself would loop.
# custom:
#   id: PAL-S3-008
#   severity: medium
#   category: logging
#   cwe: CWE-778
#   remediation: >-
#     Set `LoggingConfiguration` with a `DestinationBucketName` (a dedicated log bucket);
#     in CDK `serverAccessLogsBucket`.
#   frameworks:
#     nist-800-53: [AU-2, AU-12]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: [CC7.2]
#     fsbp: [S3.9]
#   resource_types: [aws.s3.bucket]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.s3.access_logging

import data.palisade.lib
import data.palisade.lib.aws

deny contains lib.result(r, ["properties", "logging"], msg) if {
	some r in lib.resources("aws.s3.bucket")
	lib.is_false(r.properties.logging.enabled)
	not aws.s3_access_log_target(r)
	msg := concat("", ["S3 bucket '", r.name, "' has no server access logging."])
}
