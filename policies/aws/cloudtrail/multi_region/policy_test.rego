package palisade.rules.aws.cloudtrail.multi_region_test

import data.palisade.rules.aws.cloudtrail.multi_region

trail(v) := {"id": "t", "type": "aws.cloudtrail.trail", "name": "t", "tags": {}, "properties": {"multi_region": v}}

test_single_region if {
	r := multi_region.deny with input.resources as [trail(false)]
	r == {{"resource": "t", "path": ["properties", "multi_region"], "msg": "CloudTrail trail 't' records a single region only."}}
}

test_multi_region_or_unknown if {
	count(multi_region.deny) == 0 with input.resources as [trail(true)]
	count(multi_region.deny) == 0 with input.resources as [trail({"$unknown": "Ref"})]
}
