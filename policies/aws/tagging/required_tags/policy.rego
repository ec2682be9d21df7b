# METADATA
# title: AWS resource lacks required tags
# description: >-
#   The resource lacks one or more of the tags the configuration requires (`requiredTags`):
#   without owner, environment or cost-center tags, nobody knows whom to page, what it costs, or
#   whether it can be deleted. Types that cannot carry tags (IAM groups and policies, load
#   balancer listeners) are not judged.
# custom:
#   id: PAL-TAG-001
#   severity: low
#   category: tagging
#   cwe: none
#   remediation: >-
#     Add the missing tags to the resource (`Tags: [{Key: owner, Value: ...}]`), or tag the
#     whole stack (`aws cloudformation deploy --tags`, in CDK `Tags.of(app).add(...)`).
#   frameworks:
#     nist-800-53: [CM-8]
#   resource_types:
#     - aws.s3.bucket
#     - aws.opensearch.domain
#     - aws.lambda.function
#     - aws.iam.role
#     - aws.iam.user
#     - aws.kms.key
#     - aws.cloudtrail.trail
#     - aws.logs.log_group
#     - aws.sqs.queue
#     - aws.sns.topic
#     - aws.dynamodb.table
#     - aws.rds.instance
#     - aws.rds.cluster
#     - aws.elasticache.replication_group
#     - aws.ec2.security_group
#     - aws.apigateway.stage
#     - aws.ecr.repository
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.tagging.required_tags

import data.palisade.lib

taggable := {
	"aws.apigateway.stage",
	"aws.cloudtrail.trail",
	"aws.dynamodb.table",
	"aws.ec2.security_group",
	"aws.ecr.repository",
	"aws.elasticache.replication_group",
	"aws.iam.role",
	"aws.iam.user",
	"aws.kms.key",
	"aws.lambda.function",
	"aws.logs.log_group",
	"aws.opensearch.domain",
	"aws.rds.cluster",
	"aws.rds.instance",
	"aws.s3.bucket",
	"aws.sns.topic",
	"aws.sqs.queue",
}

deny contains lib.result(r, [], msg) if {
	count(lib.required_tags) > 0
	some t in taggable
	some r in lib.resources(t)
	missing := lib.missing_tags(r)
	count(missing) > 0
	msg := concat("", [r.type, " '", r.name, "' lacks required tags: ", concat(", ", missing), "."])
}
