# METADATA
# title: ECS container environment holds a secret in plain text
# description: >-
#   A password, key or token written in a container definition's `Environment` is stored in the
#   task definition, where anyone who can describe task definitions reads it (and every revision
#   keeps it). Judged as Lambda's PAL-LAMBDA-003: a secret-looking name or value written as a
#   literal; the message names the variable, never its value.
# custom:
#   id: PAL-ECS-004
#   severity: high
#   category: access
#   cwe: CWE-526
#   remediation: >-
#     Move the value to Secrets Manager or an SSM SecureString and reference it from the container
#     definition's `Secrets: [{Name, ValueFrom}]`; in CDK
#     `secrets: { DB_PASSWORD: ecs.Secret.fromSecretsManager(secret) }` instead of `environment`.
#   frameworks:
#     nist-800-53: [IA-5, SC-28]
#     soc2: [CC6.1]
#     pci-dss: ["8.3.2"]
#     fsbp: [ECS.8]
#   resource_types: [aws.ecs.task_definition]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.ecs.env_secrets

import data.palisade.lib
import data.palisade.lib.aws

deny contains lib.result(r, ["properties", "containers", i, "environment", name], msg) if {
	some r in lib.resources("aws.ecs.task_definition")
	some i, c in r.properties.containers
	some name, v in c.environment
	aws.plaintext_secret(v)
	msg := concat("", ["Container '", shown(c.name), "' of task definition '", r.name, "' has a plain-text secret in environment variable '", name, "'."])
}

shown(name) := name if is_string(name)

shown(name) := "(unnamed)" if not is_string(name)
