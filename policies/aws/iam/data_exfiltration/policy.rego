# METADATA
# title: IAM policy allows reading data or secrets from every resource
# description: >-
#   `s3:GetObject`, `secretsmanager:GetSecretValue`, `ssm:GetParameter(s)`,
#   `ssm:GetParametersByPath` or `kms:Decrypt` on `*` let the holder read every object, secret
#   and parameter of the account, not only the workload's own: one compromised function or
#   build job exposes all of them. `kms:Decrypt` on `*` is not reported when a condition
#   limits which keys or ciphertexts it reaches (`kms:ViaService`, `kms:EncryptionContext:*`,
#   `kms:EncryptionContextKeys`, `kms:ResourceAliases`, `aws:ResourceTag/*`): the grant AWS
#   documents for reading SecureString parameters or secrets through their service. `*` and
#   `<service>:*` are reported by PAL-IAM-001 and PAL-IAM-002.
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
		some t in aws.matched_by(a, read_actions)
		not narrowed(t, x.statement)
	}
	count(granted) > 0
	msg := concat("", [
		aws.identity_kind(x.resource), " '", x.resource.name,
		"' allows reading data or secrets from every resource: ", concat(", ", sort(granted)), ".",
	])
}

# Decrypt limited to the keys or ciphertexts of one service, context, alias or tag is scoped,
# even on `*` (a key policy can only allow what these conditions leave).
narrowed("kms:decrypt", s) if {
	some op, block in s.conditions
	aws.narrowing_operator(op)
	some key, values in block
	key_scoping(key)
	aws.narrowing_values(values)
}

key_scoping(k) if k in {"kms:viaservice", "kms:encryptioncontextkeys", "kms:resourcealiases"}

key_scoping(k) if startswith(k, "kms:encryptioncontext:")

key_scoping(k) if startswith(k, "aws:resourcetag/")
