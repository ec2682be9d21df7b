# METADATA
# title: CloudTrail log file validation is off
# description: >-
#   Without digest files, nobody can prove that delivered log files were not changed or deleted
#   after the fact, which is exactly what an intruder covering tracks would do.
# custom:
#   id: PAL-CT-002
#   severity: medium
#   category: logging
#   cwe: CWE-353
#   remediation: >-
#     Set `EnableLogFileValidation: true`; in CDK `enableFileValidation: true` (the default).
#   frameworks:
#     cis-aws: ["3.2"]
#     nist-800-53: [AU-9]
#     pci-dss: ["10.3.4"]
#     hipaa: ["164.312(c)(1)"]
#     fsbp: [CloudTrail.4]
#   resource_types: [aws.cloudtrail.trail]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.cloudtrail.log_validation

import data.palisade.lib

deny contains lib.result(r, ["properties", "log_file_validation"], msg) if {
	some r in lib.resources("aws.cloudtrail.trail")
	lib.is_false(r.properties.log_file_validation)
	msg := concat("", ["CloudTrail trail '", r.name, "' does not validate its log files."])
}
