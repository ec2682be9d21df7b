package palisade.rules.aws.ecr.tag_immutability_test

import data.palisade.rules.aws.ecr.tag_immutability

repo(v) := {"id": "r", "type": "aws.ecr.repository", "name": "r", "tags": {}, "properties": {"tag_mutability": v}}

test_mutable if {
	r := tag_immutability.deny with input.resources as [repo("MUTABLE")]
	r == {{"resource": "r", "path": ["properties", "tag_mutability"], "msg": "ECR repository 'r' allows image tags to be overwritten."}}
}

test_immutable_or_unknown if {
	count(tag_immutability.deny) == 0 with input.resources as [repo("IMMUTABLE")]
	count(tag_immutability.deny) == 0 with input.resources as [repo("IMMUTABLE_WITH_EXCLUSION")]
	count(tag_immutability.deny) == 0 with input.resources as [repo({"$unknown": "Ref"})]
}
