# METADATA
# title: EC2 user data holds a credential
# description: >-
#   The user data of an instance, launch template or launch configuration (decoded when it is
#   literal base64) holds an AWS access key, a private key, a token of a known service, a URL
#   with a password, or a secret-named variable or setting given a literal value
#   (`DB_PASSWORD=...`, `password: ...`). User data is readable by anyone allowed
#   `ec2:DescribeInstanceAttribute` and by every process on the instance through the metadata
#   service, and the template keeps it in source control. Values built from parameters or
#   resources (`${DbPassword}`), shell references and command substitutions are not reported.
# custom:
#   id: PAL-SECRET-002
#   severity: high
#   category: access
#   cwe: CWE-798
#   remediation: >-
#     Give the instance a role and read the secret at boot (`aws secretsmanager
#     get-secret-value --secret-id app/db`, or SSM `get-parameter --with-decryption`); never
#     write access keys in user data: the instance profile's credentials replace them. In CDK,
#     `secret.grantRead(instance.role)` and `userData.addCommands('aws secretsmanager get-secret-value ...')`.
#   frameworks:
#     nist-800-53: [IA-5(7), SC-28]
#     pci-dss: ["8.6.2"]
#     soc2: [CC6.1]
#   resource_types: [aws.cloudformation.resource, aws.ec2.launch_template, aws.autoscaling.launch_configuration]
#   sources: [cloudformation, cdk]
package palisade.rules.aws.secrets.user_data

import data.palisade.lib
import data.palisade.lib.aws

what := {
	"aws-access-key-id": "an AWS access key",
	"aws-secret-access-key": "an AWS secret access key",
	"private-key": "a private key",
	"url-credentials": "a URL with a password",
	"token": "an access token",
	"assignment": "a secret-named variable or setting with a literal value",
}

# The message names the kind of credential, never the credential.
deny contains lib.result(r, ["properties", "literal_secrets", i], msg) if {
	some [r, i, s] in aws.template_secrets
	s.kind == "user-data"
	msg := concat("", [s.resource_type, " '", r.name, "' has ", object.get(what, s.value_kind, "a credential"), " in its user data ('", s.property, "')."])
}
