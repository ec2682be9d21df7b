# METADATA
# title: Lambda function uses a deprecated runtime
# description: >-
#   The runtime no longer receives security patches from AWS; functions on it can soon no longer
#   be created or updated.
# custom:
#   id: PAL-LAMBDA-004
#   severity: medium
#   category: supply-chain
#   cwe: CWE-1104
#   remediation: >-
#     Move to a supported runtime (python3.13, nodejs22.x, java21, dotnet8, ruby3.4,
#     provided.al2023) and redeploy.
#   frameworks:
#     nist-800-53: [SI-2]
#     pci-dss: ["6.3.3"]
#     fsbp: [Lambda.2]
#   resource_types: [aws.lambda.function]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.lambda.deprecated_runtime

import data.palisade.lib

# Runtimes past their AWS Lambda deprecation date (the upstream language version's end of life).
deprecated := {
	"dotnet5.0", "dotnet6", "dotnet7", "dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1",
	"go1.x",
	"java8",
	"nodejs", "nodejs4.3", "nodejs4.3-edge", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x",
	"nodejs14.x", "nodejs16.x", "nodejs18.x", "nodejs20.x",
	"provided",
	"python2.7", "python3.6", "python3.7", "python3.8", "python3.9",
	"ruby2.5", "ruby2.7", "ruby3.2",
}

# `deprecated[x]` is a set lookup: `x in deprecated` walks the whole set in the wasm engine.
deny contains lib.result(r, ["properties", "runtime"], msg) if {
	some r in lib.resources("aws.lambda.function")
	runtime := r.properties.runtime
	is_string(runtime)
	deprecated[lower(runtime)]
	msg := concat("", ["Lambda function '", r.name, "' uses the deprecated runtime ", runtime, "."])
}
