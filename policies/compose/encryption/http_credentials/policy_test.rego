package palisade.rules.compose.encryption.http_credentials_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.encryption.http_credentials as rule

url(scheme, creds) := {"scheme": scheme, "has_credentials": creds, "host": "minio"}

test_credentials_over_http_are_reported if {
	r := fx.service("web", {"environment": {
		"S3_URL": fx.env({"value": "***REDACTED***", "secret_value": "url-credentials", "url": url("http", true)}),
		"WEBHOOK_SECRET_URL": fx.env({"value": "***REDACTED***", "secret_name": true, "url": url("HTTP", false)}),
		"PUBLIC_URL": fx.env({"value": "http://localhost:8080", "url": url("http", false)}),
	}})
	fx.hits(rule.deny) == {["web", ["properties", "environment", "S3_URL"]], ["web", ["properties", "environment", "WEBHOOK_SECRET_URL"]]} with input.resources as [r]
}

test_https_passes if {
	r := fx.service("web", {"environment": {"S3_URL": fx.env({"value": "***REDACTED***", "secret_value": "url-credentials", "url": url("https", true)})}})
	count(rule.deny) == 0 with input.resources as [r]
}
