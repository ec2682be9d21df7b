# METADATA
# title: Amazon MQ broker does not send its logs to CloudWatch Logs
# description: >-
#   Without `Logs.General` the broker's own log (connections, errors) is not kept, and for
#   ActiveMQ without `Logs.Audit` the management actions taken through the console, JMX or
#   the API (who created or deleted destinations, changed users) leave no record. Both are
#   off by default. RabbitMQ brokers have no audit log and are judged on the general log only.
# custom:
#   id: PAL-MQ-002
#   severity: medium
#   category: logging
#   cwe: CWE-778
#   remediation: >-
#     Set `Logs: { General: true, Audit: true }` (Audit for ActiveMQ) on the broker; in CDK
#     `logs: { general: true, audit: true }` on `mq.CfnBroker`.
#   frameworks:
#     nist-800-53: [AU-2, AU-12]
#     pci-dss: ["10.2.1"]
#     soc2: [CC7.2]
#     fsbp: [MQ.2]
#   resource_types: [aws.mq.broker]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.mq.logging

import data.palisade.lib

deny contains lib.result(r, ["properties", "logs", "general"], msg) if {
	some r in lib.resources("aws.mq.broker")
	lib.is_false(r.properties.logs.general)
	msg := concat("", ["Amazon MQ broker '", r.name, "' does not send its general log to CloudWatch Logs."])
}

deny contains lib.result(r, ["properties", "logs", "audit"], msg) if {
	some r in lib.resources("aws.mq.broker")
	r.properties.engine == "ACTIVEMQ"
	lib.is_false(r.properties.logs.audit)
	msg := concat("", ["Amazon MQ broker '", r.name, "' does not send its audit log to CloudWatch Logs."])
}
