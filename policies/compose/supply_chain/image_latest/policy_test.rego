package palisade.rules.compose.supply_chain.image_latest_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.supply_chain.image_latest as rule

test_untagged_and_latest_images_are_reported if {
	services := [
		fx.service("a", {"image": "nginx:latest"}),
		fx.service("b", {"image": "redis"}),
		fx.service("c", {"image": "registry.local:5000/team/app"}),
	]
	fx.hits(rule.deny) == {[n, ["properties", "image"]] | some n in ["a", "b", "c"]} with input.resources as services
}

test_pinned_digest_and_build_only_pass if {
	services := [
		fx.service("a", {"image": "postgres:16.4"}),
		fx.service("b", {"image": "registry.local:5000/team/app:2.1.0"}),
		fx.service("c", {"image": "redis@sha256:4b2f7f2f0b7f3c1b4e2d43a2f1e8f9d6f0f3a1d6c0c5e9a2b7d4e1f3a8c6b5d2"}),
		fx.service("d", {"image": null, "build": true}),
	]
	count(rule.deny) == 0 with input.resources as services
}
