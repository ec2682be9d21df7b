package palisade.rules.aws.config.recorder_test

import data.palisade.rules.aws.config.recorder

rec(p) := {"id": "r", "type": "aws.config.recorder", "name": "r", "properties": object.union({"region": "eu-west-1"}, p), "tags": {}}

test_missing_stopped_partial if {
	count(recorder.deny) == 1 with input.resources as [rec({"exists": false, "recording": false, "all_supported": false})]
	count(recorder.deny) == 1 with input.resources as [rec({"exists": true, "recording": false, "all_supported": true})]
	count(recorder.deny) == 1 with input.resources as [rec({"exists": true, "recording": true, "all_supported": false})]
}

test_recording_all if {
	count(recorder.deny) == 0 with input.resources as [rec({"exists": true, "recording": true, "all_supported": true})]
	count(recorder.deny) == 0 with input.resources as [rec({"exists": true, "recording": {"$unknown": "x"}, "all_supported": true})]
}
