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
#   remediation: >-
#     Set `LoggingConfiguration` with a `DestinationBucketName` (a dedicated log bucket);
#     in CDK `serverAccessLogsBucket`.
#   frameworks:
#     nist-800-53: [AU-2, AU-12]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: [CC7.2]
#   resource_types: [aws.s3.bucket]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.s3.access_logging

import data.palisade.lib

deny contains lib.result(r, ["properties", "logging"], msg) if {
	some r in lib.resources("aws.s3.bucket")
	lib.is_false(r.properties.logging.enabled)
	not log_target(r)
	msg := concat("", ["S3 bucket '", r.name, "' has no server access logging."])
}

# Another bucket of the same input sends its access logs here: `ref:<LogicalId>` in a
# template, the bucket name for live resources.
log_target(r) if {
	some other in lib.resources("aws.s3.bucket")
	other.id != r.id
	target := other.properties.logging.target_bucket
	is_string(target)
	target in {concat("", ["ref:", r.name]), r.name, r.properties.bucket_name}
}
