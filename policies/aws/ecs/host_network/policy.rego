# METADATA
# title: ECS task definition uses the host's network namespace
# description: >-
#   With `NetworkMode: host` the task's containers share the EC2 container instance's network
#   stack: they see every host interface, can bind any host port and reach the instance metadata
#   service as the instance, and security groups per task no longer apply. Judged as Compose's
#   PAL-COMPOSE-003 (policies/lib/container.rego).
# custom:
#   id: PAL-ECS-005
#   severity: high
#   category: access
#   cwe: CWE-653
#   remediation: >-
#     Use `NetworkMode: awsvpc` (each task gets its own network interface and security groups);
#     in CDK `new ecs.Ec2TaskDefinition(this, 'Task', { networkMode: ecs.NetworkMode.AWS_VPC })`.
#   frameworks:
#     nist-800-53: [AC-4, SC-7]
#     soc2: [CC6.6]
#   resource_types: [aws.ecs.task_definition]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.ecs.host_network

import data.palisade.lib
import data.palisade.lib.container

deny contains lib.result(r, ["properties", "network_mode"], msg) if {
	some r in lib.resources("aws.ecs.task_definition")
	container.host_mode(r.properties.network_mode)
	msg := concat("", ["Task definition '", r.name, "' uses the host's network namespace (NetworkMode: host)."])
}
