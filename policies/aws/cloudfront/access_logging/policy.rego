# METADATA
# title: CloudFront distribution has no access logging
# description: >-
#   Without standard logging no record is kept of who requested what from the edge, from where,
#   and with what result: scraping, credential stuffing and attacks through the distribution
#   cannot be investigated. Logs delivered only through CloudWatch Logs delivery sources
#   (AWS::Logs::DeliverySource) are not seen by this rule.
# custom:
#   id: PAL-CFR-003
#   severity: medium
#   category: logging
#   cwe: CWE-778
#   remediation: >-
#     Set `DistributionConfig.Logging.Bucket` to a log bucket (`<bucket>.s3.amazonaws.com`, with
#     ACLs enabled for log delivery); in CDK `enableLogging: true` or `logBucket: bucket`.
#   frameworks:
#     nist-800-53: [AU-2, AU-12]
#     soc2: [CC7.2]
#     pci-dss: ["10.2.1"]
#     fsbp: [CloudFront.5]
#   resource_types: [aws.cloudfront.distribution]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.cloudfront.access_logging

import data.palisade.lib

deny contains lib.result(r, ["properties", "logging"], msg) if {
	some r in lib.resources("aws.cloudfront.distribution")
	lib.is_false(r.properties.logging)
	msg := concat("", ["CloudFront distribution '", r.name, "' has no access logging."])
}
