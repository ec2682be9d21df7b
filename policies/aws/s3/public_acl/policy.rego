# METADATA
# title: S3 bucket has a public canned ACL
# description: >-
#   `PublicRead`, `PublicReadWrite` and `AuthenticatedRead` grant every anonymous or every
#   authenticated AWS user access to the bucket. Ignored when the bucket's public access block
#   sets `IgnorePublicAcls`, which makes AWS disregard the grant.
# custom:
#   id: PAL-S3-004
#   severity: critical
#   category: access
#   cwe: CWE-732
#   remediation: >-
#     Remove `AccessControl` (or set `Private`) and disable ACLs with `OwnershipControls:
#     BucketOwnerEnforced`; serve public content through CloudFront with origin access control.
#   frameworks:
#     nist-800-53: [AC-3, AC-6]
#     soc2: [CC6.1]
#     hipaa: ["164.312(a)(1)"]
#   resource_types: [aws.s3.bucket]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.s3.public_acl

import data.palisade.lib

public_acls := {"PublicRead", "PublicReadWrite", "AuthenticatedRead"}

deny contains lib.result(r, ["properties", "acl"], msg) if {
	some r in lib.resources("aws.s3.bucket")
	acl := r.properties.acl
	public_acls[acl]
	not r.properties.public_access_block.ignore_public_acls == true
	msg := concat("", ["S3 bucket '", r.name, "' has the public canned ACL ", acl, "."])
}
