# METADATA
# title: RDS database instance has no enhanced monitoring
# description: >-
#   Without enhanced monitoring (`MonitoringInterval` 0, the default) the instance reports only
#   the hypervisor's view of CPU and memory: the processes, memory pressure and I/O of the
#   database host are not visible when an incident or an intrusion has to be understood. Each
#   instance is judged, Aurora instances included, since every instance sets its own interval;
#   DocumentDB and Neptune instances, which AWS Config lists as RDS instances and which have
#   no enhanced monitoring, are not.
# custom:
#   id: PAL-RDS-009
#   severity: low
#   category: logging
#   cwe: none
#   remediation: >-
#     Set `MonitoringInterval` (1, 5, 10, 15, 30 or 60 seconds) and a `MonitoringRoleArn` on
#     the instance; in CDK `new rds.DatabaseInstance(this, 'Db', { monitoringInterval:
#     Duration.seconds(60), ... })` (CDK creates the monitoring role).
#   frameworks:
#     nist-800-53: [SI-4, AU-12]
#     soc2: [CC7.2]
#     fsbp: [RDS.6]
#   resource_types: [aws.rds.instance]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.rds.enhanced_monitoring

import data.palisade.lib

deny contains lib.result(r, ["properties", "monitoring_interval"], msg) if {
	some r in lib.resources("aws.rds.instance")
	r.properties.monitoring_interval == 0
	not r.properties.engine in {"docdb", "neptune"}
	msg := concat("", ["RDS database instance '", r.name, "' has no enhanced monitoring."])
}
