package palisade.rules.aws.lambda.deprecated_runtime_test

import data.palisade.rules.aws.lambda.deprecated_runtime

fn(runtime) := {"id": "f", "type": "aws.lambda.function", "name": "f", "properties": {"runtime": runtime}, "tags": {}}

test_deprecated if {
	r := deprecated_runtime.deny with input.resources as [fn("python3.8")]
	r == {{"resource": "f", "path": ["properties", "runtime"], "msg": "Lambda function 'f' uses the deprecated runtime python3.8."}}
	every runtime in ["nodejs16.x", "go1.x", "java8", "dotnet6", "ruby2.7", "python3.7"] {
		count(deprecated_runtime.deny) == 1 with input.resources as [fn(runtime)]
	}
}

test_supported if {
	every runtime in ["python3.13", "nodejs22.x", "java8.al2", "java21", "provided.al2023", "dotnet8"] {
		count(deprecated_runtime.deny) == 0 with input.resources as [fn(runtime)]
	}
}

test_image_or_unknown if {
	count(deprecated_runtime.deny) == 0 with input.resources as [fn(null)]
	count(deprecated_runtime.deny) == 0 with input.resources as [fn({"$unknown": "Ref"})]
}
