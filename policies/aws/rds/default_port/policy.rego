# METADATA
# title: RDS database listens on its engine's default port
# description: >-
#   A database on 3306 (MySQL, MariaDB, Aurora MySQL), 5432 (PostgreSQL), 1521 (Oracle), 1433
#   (SQL Server) or 50000 (Db2) is found by every scanner that probes those ports; a port of
#   its own keeps it out of untargeted scans and brute-force runs. A port left unset is the
#   default, except on a read replica or a database restored from a snapshot or a point in
#   time, which takes its source's port (not reported). Instances of a cluster take the
#   cluster's port, which is judged instead.
# custom:
#   id: PAL-RDS-011
#   severity: low
#   category: access
#   cwe: none
#   remediation: >-
#     Set `Port` to a non-default value on the instance or cluster (and in the security group
#     rules that admit clients); in CDK `port: 15432` on the `DatabaseInstance` or
#     `DatabaseCluster`.
#   frameworks:
#     nist-800-53: [CM-6, CM-7]
#     fsbp: [RDS.23]
#   resource_types: [aws.rds.instance, aws.rds.cluster]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.rds.default_port

import data.palisade.lib
import data.palisade.lib.aws

deny contains lib.result(r, ["properties", "port"], msg) if {
	some r in aws.rds_databases
	port := default_port(r.properties.engine)
	listens_on(r.properties.port, port)
	msg := concat("", ["RDS database '", r.name, "' listens on its engine's default port ", format_int(port, 10), "."])
}

listens_on(null, _)

listens_on(p, port) if p == port

default_port(e) := 3306 if e in {"mysql", "mariadb", "aurora", "aurora-mysql"}

default_port("postgres") := 5432

default_port("aurora-postgresql") := 5432

default_port(e) := 1521 if {
	is_string(e)
	regex.match(`^(custom-)?oracle`, e)
}

default_port(e) := 1433 if {
	is_string(e)
	regex.match(`^(custom-)?sqlserver`, e)
}

default_port(e) := 50000 if {
	is_string(e)
	startswith(e, "db2")
}
