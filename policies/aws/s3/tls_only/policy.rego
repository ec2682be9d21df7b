# METADATA
# title: S3 bucket policy does not deny insecure transport
# description: >-
#   Without a Deny on `aws:SecureTransport: false`, clients may read and write objects over
#   plain HTTP. Reported when the bucket has no policy, or a policy without a Deny for everyone,
#   on all S3 actions, when `aws:SecureTransport` is false.
# custom:
#   id: PAL-S3-006
#   severity: medium
#   category: encryption
#   cwe: CWE-319
#   remediation: >-
#     Add a bucket policy statement `Effect: Deny`, `Principal: "*"`, `Action: s3:*` on the bucket
#     and its objects with `Condition: {Bool: {aws:SecureTransport: false}}`; in CDK
#     `enforceSSL: true`.
#   frameworks:
#     cis-aws: ["2.1.1"]
#     nist-800-53: [SC-8]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: [CC6.7]
#     fsbp: [S3.5]
#   resource_types: [aws.s3.bucket]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.s3.tls_only

import data.palisade.lib
import data.palisade.lib.aws

deny contains lib.result(r, ["properties", "policy"], msg) if {
	some r in lib.resources("aws.s3.bucket")
	r.properties.policy == null
	msg := concat("", ["S3 bucket '", r.name, "' has no bucket policy denying requests without TLS."])
}

deny contains lib.result(r, ["properties", "policy"], msg) if {
	some r in lib.resources("aws.s3.bucket")
	policy := r.properties.policy
	is_array(policy.statements)
	not some_unknown(policy.statements)
	not aws.denies_insecure_transport(policy)
	msg := concat("", ["S3 bucket '", r.name, "' has a bucket policy that does not deny requests without TLS."])
}

some_unknown(statements) if {
	some s in statements
	lib.is_unknown(s)
}
