# METADATA
# title: Stateful data store keeps its data in no named volume
# description: >-
#   A database or object store whose data directory is not on a named volume (or a host
#   folder) writes to the container layer or an anonymous volume: `docker compose down -v`,
#   a prune or a recreated container loses the data.
# custom:
#   id: PAL-COMPOSE-028
#   severity: medium
#   category: reliability
#   cwe: none
#   remediation: >-
#     Mount a named volume at the data directory (`pgdata:/var/lib/postgresql/data`,
#     `redisdata:/data`, `miniodata:/data`) and declare it under top-level `volumes:`.
#   frameworks:
#     nist-800-53: [CP-9]
#     soc2: [A1.2]
#   resource_types: [compose.service]
#   sources: [compose]
package palisade.rules.compose.reliability.store_without_volume

import data.palisade.lib
import data.palisade.lib.compose

deny contains lib.result(r, [], msg) if {
	some r in compose.services
	compose.is_stateful(r.properties)
	vols := r.properties.volumes
	is_array(vols)
	not persistent(vols)
	msg := concat("", ["Data store '", r.name, "' (", compose.store_kind(r.properties), ") keeps its data in no named volume."])
}

persistent(vols) if {
	some v in vols
	v.type == "volume"
	is_string(v.source)
}

# A host folder keeps the data too; a bind of a single file (a config) does not count.
persistent(vols) if {
	some v in vols
	v.type == "bind"
	not regex.match(`\.[A-Za-z0-9]{1,5}$`, v.target)
	not v.read_only
}
