# METADATA
# title: DocumentDB master password is written in the template
# description: >-
#   `MasterUserPassword` is a literal, or the Default of a parameter (NoEcho hides it from the
#   console, not from the template): the cluster's most privileged credential sits in source
#   control and in every copy of the template.
# custom:
#   id: PAL-DOCDB-003
#   severity: high
#   category: access
#   cwe: CWE-798
#   remediation: >-
#     Set `ManageMasterUserPassword: true` (DocumentDB keeps the password in Secrets Manager),
#     or use a `{{resolve:secretsmanager:...}}` reference; in CDK `masterUser: { username:
#     'app' }` on `docdb.DatabaseCluster`, which generates the password into a secret.
#   frameworks:
#     nist-800-53: [IA-5(7)]
#     pci-dss: ["8.6.2"]
#     soc2: [CC6.1]
#   resource_types: [aws.docdb.cluster]
#   sources: [cloudformation, cdk]
package palisade.rules.aws.docdb.literal_password

import data.palisade.lib

deny contains lib.result(r, ["properties", "master_password"], msg) if {
	some r in lib.resources("aws.docdb.cluster")
	r.properties.master_password.literal == true
	not r.properties.manage_master_password == true
	msg := concat("", ["DocumentDB cluster '", r.name, "' has its master password written in the template", how(r.properties.master_password), "."])
}

how(password) := " (the Default of a NoEcho parameter)" if password.managed == true

how(password) := "" if not password.managed == true
