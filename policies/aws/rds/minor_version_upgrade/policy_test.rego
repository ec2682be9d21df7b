package palisade.rules.aws.rds.minor_version_upgrade_test

import data.palisade.rules.aws.rds.minor_version_upgrade

db(v) := {"id": "d", "type": "aws.rds.instance", "name": "d", "tags": {}, "properties": {"engine": "mysql", "auto_minor_version_upgrade": v}}

test_off if {
	r := minor_version_upgrade.deny with input.resources as [db(false)]
	r == {{"resource": "d", "path": ["properties", "auto_minor_version_upgrade"], "msg": "RDS database instance 'd' does not apply minor version upgrades automatically."}}
}

test_on_or_unknown if {
	count(minor_version_upgrade.deny) == 0 with input.resources as [db(true)]
	count(minor_version_upgrade.deny) == 0 with input.resources as [db({"$unknown": "Fn::If"})]
}
