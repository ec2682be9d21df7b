# Helpers shared by every rule. Rules judge the normalized model (src/model/resource.ts):
# input.resources is a list of {id, type, source, name, properties, tags}.
package palisade.lib

# The one shape a rule returns. path is relative to the resource root,
# e.g. ["properties", "privileged"]; TypeScript turns it into a file and line.
result(r, path, msg) := {"resource": r.id, "path": path, "msg": msg}

# Resources of one type. The positions by type are indexed once per evaluation: a function's
# result is not remembered between calls, and scanning every resource on each call made
# helpers that ask per resource quadratic. The lists themselves are built once per evaluation
# too (resources_by_type, a rule, is remembered): nearly every rule asks for its type's.
resources(t) := object.get(resources_by_type, t, [])

resources_by_type[t] := [input.resources[i] | some i in positions] if some t, positions in positions_by_type

positions_by_type[t] contains i if {
	some i, r in input.resources
	t := r.type
}

# Membership in a set is written `s[x]`, not `x in s`: the wasm runtime's `in` walks the whole
# set (rehashing each element it steps over), `s[x]` is one hash lookup. (Only for sets of
# strings or numbers: `s[x]` fails where x is false.)

# A value the loader could not know (an !If, an imported value): rules never report on it.
is_unknown(x) if x["$unknown"]

known(x) if not is_unknown(x)

# Exactly false, not missing and not unknown.
is_false(x) if {
	is_boolean(x)
	not x
}

# Configuration passed as data.config by the engine (--required-tags, the config file).
default required_tags := []

required_tags := data.config.required_tags

# Required tags the resource lacks. A tag with an empty value is there but empty (PAL-TAG-004
# reports it at its line); a key written in another case (`Owner` for `owner`) is there but
# misspelt (PAL-TAG-005 reports it): neither is reported as missing too.
missing_tags(r) := [k |
	some k in required_tags
	not has_tag(r, k)
]

has_tag(r, k) if {
	some key, _ in r.tags
	lower(key) == lower(k)
}

# Tags not known at all (a live item whose API does not return them): never "missing".
has_tag(r, _) if is_unknown(r.tags)
