# METADATA
# title: ECS container runs privileged
# description: >-
#   A privileged container definition gets every Linux capability and the host's devices on the
#   EC2 container instance: a compromise of the container is a compromise of the host and of
#   every other task on it. Judged as Compose's PAL-COMPOSE-001 (policies/lib/container.rego).
# custom:
#   id: PAL-ECS-001
#   severity: critical
#   category: access
#   cwe: CWE-250
#   remediation: >-
#     Remove `Privileged: true` from the container definition and add only the capabilities it
#     needs under `LinuxParameters.Capabilities.Add`; in CDK leave `privileged` unset in
#     `taskDefinition.addContainer('App', {...})`.
#   frameworks:
#     nist-800-53: [AC-6, CM-7]
#     soc2: [CC6.1]
#     pci-dss: ["2.2.5"]
#     fsbp: [ECS.4]
#   resource_types: [aws.ecs.task_definition]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.ecs.privileged

import data.palisade.lib
import data.palisade.lib.container

deny contains lib.result(r, ["properties", "containers", i, "privileged"], msg) if {
	some r in lib.resources("aws.ecs.task_definition")
	some i, c in r.properties.containers
	container.privileged(c)
	msg := concat("", ["Container '", shown(c.name), "' of task definition '", r.name, "' runs privileged."])
}

shown(name) := name if is_string(name)

shown(name) := "(unnamed)" if not is_string(name)
