# The single entrypoint compiled to wasm: every rule's findings, each tagged with its package
# (target.group.name), which the catalog maps to the rule's id and metadata.
package palisade.main

results contains object.union(r, {"rule": concat(".", [target, group, name])}) if {
	some target, group, name
	some r in data.palisade.rules[target][group][name].deny
}
