# METADATA
# title: ECS container has no log configuration
# description: >-
#   A container definition without `LogConfiguration` sends its output nowhere the team can read
#   after the task stops (on Fargate, nowhere at all): errors, crashes and signs of compromise in
#   the application's own logs are lost.
# custom:
#   id: PAL-ECS-007
#   severity: medium
#   category: logging
#   cwe: CWE-778
#   remediation: >-
#     Give every container definition a `LogConfiguration` (`LogDriver: awslogs` with
#     `awslogs-group`, `awslogs-region` and `awslogs-stream-prefix`, or FireLens); in CDK
#     `logging: ecs.LogDrivers.awsLogs({ streamPrefix: 'app' })`.
#   frameworks:
#     nist-800-53: [AU-2, AU-12]
#     soc2: [CC7.2]
#     pci-dss: ["10.2.1"]
#     fsbp: [ECS.9]
#   resource_types: [aws.ecs.task_definition]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.ecs.log_configuration

import data.palisade.lib

deny contains lib.result(r, ["properties", "containers", i], msg) if {
	some r in lib.resources("aws.ecs.task_definition")
	some i, c in r.properties.containers
	c.log_driver == null
	msg := concat("", ["Container '", shown(c.name), "' of task definition '", r.name, "' has no log configuration."])
}

shown(name) := name if is_string(name)

shown(name) := "(unnamed)" if not is_string(name)
