# The tag policy family (PAL-TAG-*): the `tags:` section of the configuration, passed as
# data.config.tags, and the resources it judges (taggable AWS resources and Compose services,
# whose labels are their tags).
package palisade.lib.tags

import data.palisade.lib

default config := {}

config := data.config.tags

default allowed := {}

allowed := config.allowed

default patterns := {}

patterns := config.pattern

# The tag that classifies data, and the values that make encryption and logging rules stricter.
default classification_key := "DataClassification"

classification_key := config.classification.key

default confidential_values := ["confidential", "restricted", "secret"]

confidential_values := config.classification.confidential

# Every key the configuration names, as written there.
configured_keys contains k if some k in lib.required_tags

configured_keys contains k if some k, _ in allowed

configured_keys contains k if some k, _ in patterns

configured_keys contains classification_key

# The one list of taggable AWS types is PAL-TAG-001's.
judged_types := data.palisade.rules.aws.tagging.required_tags.taggable | {"compose.service"}

# An array, not a set: a set hashes and compares every whole resource it holds. Gathered by type
# from the index lib.resources reads (asking each resource whether its type is judged cost more).
resources := [r | some t in judged_types; some r in lib.resources(t)]

# Configured keys by their lower-case spelling, and the classification's key and values in lower
# case: lowered once per evaluation rather than once per tag of every resource.
configured_by_lower[lower(k)] contains k if some k in configured_keys

classification_key_lower := lower(classification_key)

confidential_values_lower := {lower(c) | some c in confidential_values}

# A string value (not unknown) of a tag.
value(r, k) := v if {
	v := r.tags[k]
	is_string(v)
}

# The resource is tagged as holding confidential data (key in any case, value in any case).
confidential(r) if {
	some k, v in r.tags
	lower(k) == classification_key_lower
	is_string(v)
	confidential_values_lower[lower(trim_space(v))]
}
