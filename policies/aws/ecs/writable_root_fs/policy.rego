# METADATA
# title: ECS container has a writable root filesystem
# description: >-
#   Without `ReadonlyRootFilesystem: true` an attacker who gets code execution in the container
#   can change its binaries and configuration and drop tools; a read-only root confines writes
#   to declared volumes. Judged as Compose's PAL-COMPOSE-014 (policies/lib/container.rego).
# custom:
#   id: PAL-ECS-003
#   severity: low
#   category: access
#   cwe: none
#   remediation: >-
#     Set `ReadonlyRootFilesystem: true` on the container definition and mount volumes where it
#     must write; in CDK `taskDefinition.addContainer('App', { readonlyRootFilesystem: true, ... })`.
#   frameworks:
#     nist-800-53: [CM-5, SI-7]
#     soc2: [CC6.8]
#     fsbp: [ECS.5]
#   resource_types: [aws.ecs.task_definition]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.ecs.writable_root_fs

import data.palisade.lib
import data.palisade.lib.container

deny contains lib.result(r, ["properties", "containers", i, "read_only"], msg) if {
	some r in lib.resources("aws.ecs.task_definition")
	some i, c in r.properties.containers
	container.writable_root(c)
	msg := concat("", ["Container '", shown(c.name), "' of task definition '", r.name, "' has a writable root filesystem."])
}

shown(name) := name if is_string(name)

shown(name) := "(unnamed)" if not is_string(name)
