package palisade.lib.tags_test

import data.palisade.lib.tags

test_configured_keys if {
	cfg := {"required_tags": ["owner"], "tags": {"allowed": {"Environment": ["prod"]}, "pattern": {"CostCenter": "^[0-9]{4}$"}}}
	tags.configured_keys == {"owner", "Environment", "CostCenter", "DataClassification"} with data.config as cfg
}

test_confidential_default_and_configured if {
	tags.confidential({"tags": {"dataclassification": " Confidential "}})
	not tags.confidential({"tags": {"DataClassification": "public"}})
	not tags.confidential({"tags": {"DataClassification": {"$unknown": "Ref"}}})
	cfg := {"tags": {"classification": {"key": "Sensitivity", "confidential": ["high"]}}}
	tags.confidential({"tags": {"Sensitivity": "HIGH"}}) with data.config as cfg
	not tags.confidential({"tags": {"DataClassification": "confidential"}}) with data.config as cfg
}
