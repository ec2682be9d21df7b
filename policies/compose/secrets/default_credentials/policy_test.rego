package palisade.rules.compose.secrets.default_credentials_test

import data.palisade.lib.compose_test as fx
import data.palisade.rules.compose.secrets.default_credentials as rule

test_default_passwords_are_reported_even_interpolated if {
	r := fx.service("db", {"image_name": "postgres", "environment": {
		"POSTGRES_USER": fx.env({"value": "postgres", "default_credential": true}),
		"POSTGRES_PASSWORD": fx.env({"value": "***REDACTED***", "secret_name": true, "default_credential": true, "interpolated": true}),
	}})
	fx.hits(rule.deny) == {["db", ["properties", "environment", "POSTGRES_PASSWORD"]]} with input.resources as [r]
}

test_minio_without_root_credentials_is_reported if {
	r := fx.service("minio", {"image_name": "minio/minio", "environment": {"MINIO_BROWSER": fx.env({"value": "off"})}})
	rule.deny == {{
		"resource": r.id,
		"path": [],
		"msg": "MinIO service 'minio' sets no root password: it falls back to minioadmin/minioadmin.",
	}} with input.resources as [r]
}

test_bitnami_minio_has_its_own_default if {
	r := fx.service("minio", {"image_name": "bitnami/minio"})
	{d.msg | some d in rule.deny} == {"MinIO service 'minio' sets no root password: it falls back to minio/miniosecret."} with input.resources as [r]
}

test_minio_with_credentials_passes if {
	services := [
		fx.service("a", {"image_name": "minio/minio", "environment": {"MINIO_ROOT_PASSWORD_FILE": fx.env({"value": "/run/secrets/minio", "secret_name": true, "file_reference": true})}}),
		fx.service("b", {"image_name": "minio/minio", "environment": {"MINIO_ROOT_PASSWORD": fx.env({"value": "***REDACTED***", "secret_name": true, "interpolated": true})}}),
	]
	count(rule.deny) == 0 with input.resources as services
}

test_strong_passwords_pass if {
	r := fx.service("db", {"image_name": "postgres", "environment": {"POSTGRES_PASSWORD": fx.env({"value": "***REDACTED***", "secret_name": true})}})
	count(rule.deny) == 0 with input.resources as [r]
}
