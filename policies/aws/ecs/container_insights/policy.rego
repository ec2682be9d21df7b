# METADATA
# title: ECS cluster has Container Insights off
# description: >-
#   Without the `containerInsights` cluster setting, the cluster's tasks and services publish no
#   CPU, memory, network or restart metrics per task, so a crash loop, a resource exhaustion or
#   an unexpected workload (a miner) goes unseen. A cluster that does not set it follows the
#   account default, which is off unless the account turned it on; that cluster is reported.
# custom:
#   id: PAL-ECS-008
#   severity: low
#   category: logging
#   cwe: none
#   remediation: >-
#     Add `ClusterSettings: [{Name: containerInsights, Value: enabled}]` (or `enhanced`); in CDK
#     `new ecs.Cluster(this, 'Cluster', { containerInsightsV2: ecs.ContainerInsights.ENABLED })`.
#   frameworks:
#     nist-800-53: [AU-12, SI-4]
#     soc2: [CC7.2]
#     fsbp: [ECS.12]
#   resource_types: [aws.ecs.cluster]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.ecs.container_insights

import data.palisade.lib

deny contains lib.result(r, ["properties", "container_insights"], msg) if {
	some r in lib.resources("aws.ecs.cluster")
	off(r.properties.container_insights)
	msg := concat("", ["ECS cluster '", r.name, "' has Container Insights off."])
}

off(null)

off(v) if {
	is_string(v)
	lower(v) == "disabled"
}
