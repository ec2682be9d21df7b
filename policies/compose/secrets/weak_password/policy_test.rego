package palisade.rules.compose.secrets.weak_password_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.secrets.weak_password as rule

test_weak_passwords_are_reported if {
	r := fx.service("db", {"environment": {
		"MYSQL_PASSWORD": fx.env({"value": "***REDACTED***", "secret_name": true, "weak": true}),
		"MYSQL_ROOT_PASSWORD": fx.env({"value": "***REDACTED***", "secret_name": true, "weak": true, "default_credential": true}),
		"MYSQL_USER": fx.env({"value": "app"}),
	}})
	rule.deny == {{
		"resource": r.id,
		"path": ["properties", "environment", "MYSQL_PASSWORD"],
		"msg": "Service 'db' sets a weak password in MYSQL_PASSWORD.",
	}} with input.resources as [r]
}

test_strong_passwords_pass if {
	r := fx.service("db", {"environment": {"MYSQL_PASSWORD": fx.env({"value": "***REDACTED***", "secret_name": true})}})
	count(rule.deny) == 0 with input.resources as [r]
}

test_command_line_password if {
	s := {"id": "c", "type": "compose.service", "name": "cache", "tags": {}, "properties": {"environment": {}, "command_passwords": [{"index": 2, "flag": "--requirepass", "weak": true, "default_credential": false}]}}
	r := rule.deny with input.resources as [s]
	r == {{"resource": "c", "path": ["properties", "command", 2], "msg": "Service 'cache' sets a weak password with --requirepass on its command line."}}
}
