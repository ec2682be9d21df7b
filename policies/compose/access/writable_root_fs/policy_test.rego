package palisade.rules.compose.access.writable_root_fs_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.access.writable_root_fs as rule

test_writable_is_reported if {
	fx.hits(rule.deny) == {["web", ["properties", "read_only"]]} with input.resources as [fx.service("web", {})]
}

test_read_only_passes if {
	count(rule.deny) == 0 with input.resources as [fx.service("web", {"read_only": true})]
}
