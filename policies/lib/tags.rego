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
judged(r) if r.type in data.palisade.rules.aws.tagging.required_tags.taggable

judged(r) if r.type == "compose.service"

# An array, not a set: a set hashes every whole resource it holds.
resources := [r |
	some r in input.resources
	judged(r)
]

# A string value (not unknown) of a tag.
value(r, k) := v if {
	v := r.tags[k]
	is_string(v)
}

# The resource is tagged as holding confidential data (key in any case, value in any case).
confidential(r) if {
	some k, v in r.tags
	lower(k) == lower(classification_key)
	is_string(v)
	some c in confidential_values
	lower(trim_space(v)) == lower(c)
}
