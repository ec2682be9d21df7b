# METADATA
# title: ECS container runs as root
# description: >-
#   A container definition without `User` (or with root/0) runs its process as root unless its
#   image switches user: a compromise gets root's access to every file in the container and to
#   the volumes it mounts, and is one kernel bug away from root on an EC2 container instance.
#   Judged as Compose's PAL-COMPOSE-013 (policies/lib/container.rego).
# custom:
#   id: PAL-ECS-002
#   severity: medium
#   category: access
#   cwe: CWE-250
#   remediation: >-
#     Set `User` to an unprivileged uid:gid in the container definition (`User: "10001:10001"`);
#     in CDK `taskDefinition.addContainer('App', { user: '10001:10001', ... })`.
#   frameworks:
#     nist-800-53: [AC-6]
#     soc2: [CC6.1]
#   resource_types: [aws.ecs.task_definition]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.ecs.runs_as_root

import data.palisade.lib
import data.palisade.lib.container

deny contains lib.result(r, ["properties", "containers", i], msg) if {
	some r in lib.resources("aws.ecs.task_definition")
	some i, c in r.properties.containers
	container.no_user(c)
	msg := concat("", ["Container '", shown(c.name), "' of task definition '", r.name, "' sets no User: it runs as root unless its image switches user."])
}

deny contains lib.result(r, ["properties", "containers", i, "user"], msg) if {
	some r in lib.resources("aws.ecs.task_definition")
	some i, c in r.properties.containers
	container.root_user(c.user)
	msg := concat("", ["Container '", shown(c.name), "' of task definition '", r.name, "' runs as root (User: \"", c.user, "\")."])
}

shown(name) := name if is_string(name)

shown(name) := "(unnamed)" if not is_string(name)
