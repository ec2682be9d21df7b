package palisade.rules.compose.supply_chain.image_digest_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.supply_chain.image_digest as rule

test_tagged_image_without_digest_is_reported if {
	r := fx.service("db", {"image": "postgres:16.4", "image_name": "postgres", "image_tag": "16.4"})
	rule.deny == {{
		"resource": r.id,
		"path": ["properties", "image"],
		"msg": "Service 'db' uses image 'postgres:16.4' without a digest.",
	}} with input.resources as [r]
}

test_digests_builds_and_floating_tags_pass if {
	digest := "sha256:4b2f7f2f0b7f3c1b4e2d43a2f1e8f9d6f0f3a1d6c0c5e9a2b7d4e1f3a8c6b5d2"
	services := [
		fx.service("a", {"image": concat("", ["postgres:16.4@", digest]), "image_name": "postgres", "image_tag": "16.4", "image_digest": digest}),
		fx.service("b", {"image": null, "image_name": null, "image_tag": null, "build": true}),
		fx.service("c", {"image": "redis", "image_name": "redis", "image_tag": null}),
		fx.service("d", {"image": "redis:latest", "image_name": "redis", "image_tag": "latest"}),
	]
	count(rule.deny) == 0 with input.resources as services
}
