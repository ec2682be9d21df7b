# METADATA
# title: Confidential S3 bucket has no access logging
# description: >-
#   The bucket is tagged as holding confidential data (`DataClassification: confidential`,
#   `restricted` or `secret`, or what `tags.classification` configures) and has no server
#   access logging: who read which object is not recorded, so a leak cannot be scoped. (For
#   buckets not so tagged PAL-S3-008 reports the same at its own severity.)
# custom:
#   id: PAL-TAG-007
#   severity: high
#   category: logging
#   cwe: CWE-778
#   remediation: >-
#     Set `LoggingConfiguration: { DestinationBucketName: ... }` (in CDK `serverAccessLogsBucket`),
#     or record S3 data events with CloudTrail.
#   frameworks:
#     nist-800-53: [AU-2, AU-12]
#     pci-dss: ["10.2.1"]
#   resource_types: [aws.s3.bucket]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.tagging.confidential_logging

import data.palisade.lib
import data.palisade.lib.aws
import data.palisade.lib.tags

deny contains lib.result(r, ["properties", "logging"], msg) if {
	some r in lib.resources("aws.s3.bucket")
	tags.confidential(r)
	lib.is_false(r.properties.logging.enabled)
	not aws.s3_access_log_target(r)
	msg := concat("", ["S3 bucket '", r.name, "' is tagged ", tags.classification_key, " confidential and has no server access logging."])
}
