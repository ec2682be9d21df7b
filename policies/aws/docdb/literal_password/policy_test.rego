package palisade.rules.aws.docdb.literal_password_test

import data.palisade.rules.aws.docdb.literal_password

db(pw) := {"id": "d", "type": "aws.docdb.cluster", "name": "d", "tags": {}, "properties": {"master_password": pw, "manage_master_password": false}}

test_literal if {
	r := literal_password.deny with input.resources as [db({"literal": true, "managed": true})]
	r == {{"resource": "d", "path": ["properties", "master_password"], "msg": "DocumentDB cluster 'd' has its master password written in the template (the Default of a NoEcho parameter)."}}
}

test_not_reported if {
	count(literal_password.deny) == 0 with input.resources as [db(null)]
	count(literal_password.deny) == 0 with input.resources as [db({"literal": false, "managed": true})]
	count(literal_password.deny) == 0 with input.resources as [db({"literal": {"$unknown": "parts"}, "managed": {"$unknown": "parts"}})]
}
