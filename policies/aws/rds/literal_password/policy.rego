# METADATA
# title: RDS master password is written in the template
# description: >-
#   `MasterUserPassword` is a literal, or the Default of a parameter (NoEcho hides a value from
#   the console, not from the template): the database's most privileged credential sits in
#   source control, in every copy of the template, and in CloudFormation's view of the stack.
#   Instances of a DB cluster take the password from the cluster, which is judged instead.
# custom:
#   id: PAL-RDS-006
#   severity: high
#   category: access
#   cwe: CWE-798
#   remediation: >-
#     Set `ManageMasterUserPassword: true` (RDS keeps it in Secrets Manager and rotates it), or
#     use a `{{resolve:secretsmanager:...}}` reference; in CDK `credentials:
#     rds.Credentials.fromGeneratedSecret('admin')`.
#   frameworks:
#     nist-800-53: [IA-5(7)]
#     pci-dss: ["8.6.2"]
#   resource_types: [aws.rds.instance, aws.rds.cluster]
#   sources: [cloudformation, cdk]
package palisade.rules.aws.rds.literal_password

import data.palisade.lib
import data.palisade.lib.aws

deny contains lib.result(r, ["properties", "master_password"], msg) if {
	some r in aws.rds_databases
	r.properties.master_password.literal == true
	not r.properties.manage_master_password == true
	msg := concat("", ["RDS database '", r.name, "' has its master password written in the template", how(r.properties.master_password), "."])
}

# A NoEcho parameter's Default is managed (hidden) once deployed, but still written down.
how(password) := " (the Default of a NoEcho parameter)" if password.managed == true

how(password) := "" if not password.managed == true
