package palisade.lib_test

import data.palisade.lib

test_is_unknown if {
	lib.is_unknown({"$unknown": "Fn::If"})
	values := {"o": {"a": 1}, "s": "x"}
	not lib.is_unknown(values.o)
	not lib.is_unknown(values.s)
}

test_is_false if {
	values := {"f": false, "n": null, "u": {"$unknown": "x"}, "s": "false"}
	lib.is_false(values.f)
	not lib.is_false(values.n)
	not lib.is_false(values.u)
	not lib.is_false(values.s)
}

test_missing_tags if {
	r := {"tags": {"owner": "team", "env": "", "cost": {"$unknown": "Ref"}, "Team": "x"}}
	lib.missing_tags(r) == ["project"] with data.config as {"required_tags": ["owner", "env", "cost", "team", "project"]}
}

test_missing_tags_unknown_tags if {
	lib.missing_tags({"tags": {"$unknown": "not returned"}}) == [] with data.config as {"required_tags": ["owner"]}
}

test_missing_tags_none_required if {
	lib.missing_tags({"tags": {}}) == []
}
