# METADATA
# title: ECS task definition shares the host's process namespace
# description: >-
#   With `PidMode: host` the task's containers see every process on the EC2 container instance
#   and, with the right capabilities, can signal or trace them and read their environment,
#   other tasks' secrets included. Judged as Compose's PAL-COMPOSE-004
#   (policies/lib/container.rego).
# custom:
#   id: PAL-ECS-006
#   severity: high
#   category: access
#   cwe: CWE-653
#   remediation: >-
#     Remove `PidMode: host` (or use `PidMode: task` to share processes only within the task);
#     in CDK `pidMode: ecs.PidMode.TASK`.
#   frameworks:
#     nist-800-53: [AC-6, SC-39]
#     soc2: [CC6.1]
#     fsbp: [ECS.3]
#   resource_types: [aws.ecs.task_definition]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.ecs.host_pid

import data.palisade.lib
import data.palisade.lib.container

deny contains lib.result(r, ["properties", "pid_mode"], msg) if {
	some r in lib.resources("aws.ecs.task_definition")
	container.host_mode(r.properties.pid_mode)
	msg := concat("", ["Task definition '", r.name, "' shares the host's process namespace (PidMode: host)."])
}
