# Helpers shared by the Compose rules. They read the normalized service properties
# (src/model/compose.ts: ComposeServiceProperties), never the raw Compose file.
package palisade.lib.compose

import data.palisade.lib

services := lib.resources("compose.service")

# Data stores by the last segment of the image name (registry, namespace, tag and digest
# removed), so `postgres`, `bitnami/postgresql` and `docker.io/postgis/postgis` all match.
store_kinds := {
	"postgres": "postgres",
	"postgresql": "postgres",
	"postgis": "postgres",
	"pgvector": "postgres",
	"timescaledb": "postgres",
	"timescaledb-ha": "postgres",
	"redis": "redis",
	"redis-stack": "redis",
	"redis-stack-server": "redis",
	"valkey": "redis",
	"keydb": "redis",
	"minio": "minio",
	"mysql": "mysql",
	"mysql-server": "mysql",
	"mariadb": "mysql",
	"percona-server": "mysql",
	"mongo": "mongo",
	"mongodb": "mongo",
	"mongodb-community-server": "mongo",
	"percona-server-mongodb": "mongo",
	"opensearch": "search",
	"elasticsearch": "search",
	"couchdb": "couchdb",
	"cassandra": "cassandra",
	"neo4j": "neo4j",
	"influxdb": "influxdb",
	"clickhouse-server": "clickhouse",
	"etcd": "etcd",
	"memcached": "memcached",
	"cockroach": "cockroach",
	"azure-sql-edge": "mssql",
	"oracle-xe": "oracle",
	"oracle-free": "oracle",
}

# Stores whose image's last segment says nothing alone (`mcr.microsoft.com/mssql/server`).
store_images := {
	"mssql/server": "mssql",
	"mssql/rhel/server": "mssql",
}

# Container ports that only data stores use: postgres, redis, mysql, mongo,
# elasticsearch/opensearch HTTP and transport, couchdb, memcached, cassandra, influxdb,
# neo4j bolt and HTTP, etcd client, SQL Server, Oracle, CockroachDB. MinIO's 9000/9001 are left out: php-fpm, SonarQube,
# Portainer and many app servers use them too; MinIO is recognized by its image.
store_ports := {
	5432, 6379, 3306, 27017, 9200, 9300, 5984, 11211,
	9042, 8086, 7687, 7474, 2379, 1433, 1521, 26257,
}

# Kinds that keep data on disk (memcached is a pure cache).
stateful_kinds := {kind | some kind in store_kinds} - {"memcached"}

image_base(p) := base if {
	is_string(p.image_name)
	parts := split(p.image_name, "/")
	base := parts[count(parts) - 1]
}

# "postgres", "redis", "minio", ... for a data store; undefined otherwise. A dozen rules ask it
# of every service: the services' image names are judged once per evaluation (service_images,
# image_kinds) and looked up by key; other properties (a rule's test) are judged as they come.
store_kind(p) := image_kinds[p.image_name] if service_images[p.image_name]

store_kind(p) := image_kind(p) if not service_images[p.image_name]

image_kind(p) := store_kinds[image_base(p)]

image_kind(p) := store_images[p.image_name]

# The image names of the services of this evaluation, and the kind of those that are stores.
service_images contains s.properties.image_name if some s in services

image_kinds[name] := kind if {
	some name in service_images
	kind := image_kind({"image_name": name})
}

is_store(p) if store_kind(p)

is_stateful(p) if store_kind(p) in stateful_kinds

is_bitnami(p) if startswith(p.image_name, "bitnami")

is_store_port(port) if port.target in store_ports

is_store_port(port) if {
	is_string(port.target)
	regex.match(`^[0-9]+$`, port.target)
	to_number(port.target) in store_ports
}

# A range ("5430-5440") that covers a data store port.
is_store_port(port) if {
	is_string(port.target)
	regex.match(`^[0-9]+-[0-9]+$`, port.target)
	bounds := split(port.target, "-")
	some p in store_ports
	to_number(bounds[0]) <= p
	p <= to_number(bounds[1])
}

# Published on every host interface: no host_ip, or a wildcard one.
all_interfaces(port) if port.host_ip == null

all_interfaces(port) if port.host_ip in {"", "0.0.0.0", "::", "[::]"}

# The service's arguments: entrypoint then command (each a list; unknown lists give none).
args(p) := array.concat(list(p.entrypoint), list(p.command))

list(x) := x if is_array(x)

list(x) := [] if not is_array(x)

# Some argument contains s (arguments of `sh -c "..."` are one string, hence contains).
has_arg(p, s) if {
	some a in args(p)
	contains(a, s)
}

# A config file is passed on the command line: what it sets cannot be seen here.
has_config_file(p) if {
	some a in args(p)
	regex.match(`\.(conf|cnf|ya?ml)$`, a)
}

env_value(p, name) := v if {
	v := p.environment[name].value
	is_string(v)
}

# The variable is set to a truthy value (yes, true, 1, on).
env_true(p, name) if lower(env_value(p, name)) in {"yes", "true", "1", "on"}

# The variable is present with a non-empty value (or a secret file reference to one).
env_set(p, name) if {
	e := p.environment[name]
	e.empty == false
}

# Or its value is supplied outside the file (`${VAR}`, or `- VAR` passed through): what it
# will be at run time cannot be seen here, and an unset variable is already an input warning.
env_set(p, name) if p.environment[name].interpolated == true

# A one-shot job (migration, seed): the author said it must not restart.
one_shot(p) if p.restart == "no"

one_shot(p) if p.restart_policy.condition == "none"

# A job: the author said so (one_shot), or a service of the project waits for it to finish
# (`condition: service_completed_successfully`), as migrations and init containers are.
job(r) if one_shot(r.properties)

job(r) if awaited_jobs[[project(r), r.name]]

# [project, service name] of every service another service of its project waits to complete,
# built once per evaluation (asking every service about every other one was quadratic). Looked
# up by key: `x in set` walks the whole set in the wasm runtime, `set[x]` does not.
awaited_jobs contains [project(s), name] if {
	some s in services
	some name, dep in s.properties.depends_on
	dep.condition == "service_completed_successfully"
}

# The service whose name is `name` in the same Compose project as r (ids are `<file>#...`).
sibling(r, name) := services[i] if some i in service_positions[[project(r), name]]

# [project, service name] -> positions in `services`, built once per evaluation.
service_positions[[project(s), s.name]] contains i if some i, s in services

project(r) := split(r.id, "#")[0]
