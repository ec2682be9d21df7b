# METADATA
# title: Lambda function reaches a data store but runs outside a VPC
# description: >-
#   A function whose environment names a database, cache or search cluster (a reference to an RDS,
#   ElastiCache, Redshift or VPC OpenSearch resource of the same template, or an RDS, Aurora,
#   DocumentDB, Neptune, ElastiCache, MemoryDB, Redshift or VPC OpenSearch endpoint) but has no
#   `VpcConfig` can only reach that store over a public endpoint: the store must then accept
#   connections from the internet. Functions that reach no data store are not reported.
# custom:
#   id: PAL-LAMBDA-010
#   severity: medium
#   category: access
#   cwe: none
#   remediation: >-
#     Give the function `VpcConfig: {SubnetIds: [private subnets], SecurityGroupIds: [...]}`, let
#     its security group reach the store's, and turn off the store's public access; in CDK
#     `new lambda.Function(this, 'Fn', { vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }, ... })`.
#   frameworks:
#     nist-800-53: [AC-4, SC-7]
#     soc2: [CC6.6]
#     pci-dss: ["1.3.1"]
#   resource_types: [aws.lambda.function]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.lambda.data_store_vpc

import data.palisade.lib
import data.palisade.lib.aws

store_types := [
	"aws.rds.instance",
	"aws.rds.cluster",
	"aws.elasticache.replication_group",
	"aws.redshift.cluster",
]

# [template, logical id] of the data stores of the input, built once per evaluation: a
# `ref:<LogicalId>` names a resource of the function's own template (a batch holds several).
store_names contains [aws.ref_scope(r), r.name] if {
	some t in store_types
	some r in lib.resources(t)
}

store_names contains [aws.ref_scope(r), r.name] if {
	some r in lib.resources("aws.opensearch.domain")
	r.properties.in_vpc == true
}

deny contains lib.result(r, ["properties", "environment", name], msg) if {
	some r in lib.resources("aws.lambda.function")
	r.properties.in_vpc == false
	some name, v in r.properties.environment
	is_string(v.value)
	reaches_store(r, v.value)
	msg := concat("", ["Lambda function '", r.name, "' reaches a data store (environment variable '", name, "') but runs outside a VPC."])
}

# Each body first asks for the literal text its pattern needs: most values have none, and a
# substring test costs the engine far less than the regex.
reaches_store(r, value) if {
	contains(value, "ref:")
	some m in regex.find_all_string_submatch_n(`ref:([A-Za-z0-9]+)`, value, -1)
	store_names[[aws.ref_scope(r), m[1]]]
}

reaches_store(_, value) if {
	contains(lower(value), ".amazona")
	regex.match(`(?i)\.(rds|cache|redshift|docdb|neptune)\.amazonaws\.com|\.memorydb\.[a-z0-9-]+\.amazonaws\.com|(^|[/@])vpc-[a-z0-9-]+\.[a-z0-9-]+\.es\.amazonaws\.com`, value)
}
