# METADATA
# title: RDS database is publicly accessible
# description: >-
#   `PubliclyAccessible: true` gives the database a public DNS name and address: with a
#   permissive security group, anyone on the internet can reach the database port and try
#   credentials.
# custom:
#   id: PAL-RDS-002
#   severity: critical
#   category: access
#   cwe: CWE-668
#   remediation: >-
#     Set `PubliclyAccessible: false` and reach the database from inside the VPC (bastion, SSM
#     port forwarding, VPN); in CDK `publiclyAccessible: false` with private subnets.
#   frameworks:
#     cis-aws: ["2.3.3"]
#     nist-800-53: [AC-3, SC-7]
#     soc2: [CC6.6]
#     fsbp: [RDS.2]
#   resource_types: [aws.rds.instance, aws.rds.cluster]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.rds.public_access

import data.palisade.lib

deny contains lib.result(r, ["properties", "publicly_accessible"], msg) if {
	some t in database_types
	some r in lib.resources(t)
	r.properties.publicly_accessible == true
	msg := concat("", ["RDS database '", r.name, "' is publicly accessible."])
}

# Set literals are constants here: written in a rule body, the engine builds them anew at every
# step of the loop around them.
database_types := {"aws.rds.instance", "aws.rds.cluster"}
