# METADATA
# title: ElastiCache AUTH token is written in the template
# description: >-
#   `AuthToken` is a literal, or the Default of a parameter (NoEcho hides a value from the
#   console, not from the template): the password of the cache sits in source control and in
#   every copy of the template.
# custom:
#   id: PAL-EC-003
#   severity: high
#   category: access
#   cwe: CWE-798
#   remediation: >-
#     Use a `{{resolve:secretsmanager:...}}` reference to a generated secret, or move to
#     ElastiCache RBAC user groups with IAM authentication.
#   frameworks:
#     nist-800-53: [IA-5(7)]
#     pci-dss: ["8.6.2"]
#   resource_types: [aws.elasticache.replication_group]
#   sources: [cloudformation, cdk]
package palisade.rules.aws.elasticache.literal_auth_token

import data.palisade.lib

deny contains lib.result(r, ["properties", "auth_token"], msg) if {
	some r in lib.resources("aws.elasticache.replication_group")
	r.properties.auth_token.literal == true
	msg := concat("", ["ElastiCache replication group '", r.name, "' has its AUTH token written in the template", how(r.properties.auth_token), "."])
}

# A NoEcho parameter's Default is managed (hidden) once deployed, but still written down.
how(token) := " (the Default of a NoEcho parameter)" if token.managed == true

how(token) := "" if not token.managed == true
