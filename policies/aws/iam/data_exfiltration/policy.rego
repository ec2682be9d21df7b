# METADATA
# title: IAM policy allows reading data or secrets from every resource
# description: >-
#   `s3:GetObject`, `secretsmanager:GetSecretValue`, `ssm:GetParameter(s)`,
#   `ssm:GetParametersByPath` or `kms:Decrypt` on `*` let the holder read every object, secret
#   and parameter of the account, not only the workload's own: one compromised function or
#   build job exposes all of them. `*` and `<service>:*` are reported by PAL-IAM-001 and
#   PAL-IAM-002.
# custom:
#   id: PAL-IAM-015
#   severity: medium
#   category: access
#   cwe: CWE-250
#   remediation: >-
#     Name the buckets, secrets, parameters and keys in `Resource` (`arn:aws:s3:::my-bucket/*`,
#     the secret's ARN); in CDK use the grants, which scope the statement to the resource:
#     `bucket.grantRead(fn)`, `secret.grantRead(fn)`, `param.grantRead(fn)`, `key.grantDecrypt(fn)`.
#   frameworks:
#     nist-800-53: [AC-6, AC-3]
#     pci-dss: ["7.2.1"]
#     soc2: [CC6.1, CC6.3]
#   resource_types: [aws.iam.role, aws.iam.user, aws.iam.group, aws.iam.policy]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.iam.data_exfiltration

import data.palisade.lib
import data.palisade.lib.aws

read_actions := {
	"kms:decrypt",
	"s3:getobject",
	"secretsmanager:getsecretvalue",
	"ssm:getparameter",
	"ssm:getparameters",
	"ssm:getparametersbypath",
}

deny contains lib.result(x.resource, array.concat(x.path, ["actions"]), msg) if {
	some x in aws.identity_statements
	"*" in x.statement.resources
	granted := {t |
		some a in aws.allowed_actions(x.statement)
		not aws.all_service_actions(a)
		some t in read_actions
		aws.wildcard_match(a, t)
	}
	count(granted) > 0
	msg := concat("", [
		aws.identity_kind(x.resource), " '", x.resource.name,
		"' allows reading data or secrets from every resource: ", concat(", ", sort(granted)), ".",
	])
}
