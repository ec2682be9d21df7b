# METADATA
# title: EKS cluster runs a Kubernetes version past standard support
# description: >-
#   Kubernetes versions get security fixes from EKS for 14 months of standard support; after
#   that, extended support costs extra per cluster hour and ends 12 months later with a forced
#   upgrade. A cluster on a version past standard support runs a control plane that the
#   Kubernetes project no longer patches. The versions and their end-of-standard-support dates
#   are a list dated 2026-12-02 (1.34 and older are past it): newer versions are not reported,
#   and the list is updated with each EKS release. A cluster that omits `Version` gets the
#   current default and is not reported.
# custom:
#   id: PAL-EKS-005
#   severity: medium
#   category: reliability
#   cwe: CWE-1104
#   remediation: >-
#     Upgrade one minor version at a time (control plane, then node groups and add-ons):
#     CloudFormation `Version: "1.35"` (quoted); CDK
#     `new eks.Cluster(this, 'Cluster', { version: eks.KubernetesVersion.of('1.35'), ... })`.
#   frameworks:
#     nist-800-53: [SA-22, SI-2]
#     soc2: [CC7.1]
#     fsbp: [EKS.2]
#   resource_types: [aws.eks.cluster]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.eks.kubernetes_version

import data.palisade.lib

# End of EKS standard support per minor version (list dated 2026-12-02).
standard_support_end := {
	"1.23": "2023-10-11",
	"1.24": "2024-01-31",
	"1.25": "2024-05-01",
	"1.26": "2024-06-11",
	"1.27": "2024-07-24",
	"1.28": "2024-11-26",
	"1.29": "2025-03-23",
	"1.30": "2025-07-23",
	"1.31": "2025-11-26",
	"1.32": "2026-03-23",
	"1.33": "2026-07-29",
	"1.34": "2026-12-02",
}

deny contains lib.result(r, ["properties", "version"], msg) if {
	some r in lib.resources("aws.eks.cluster")
	v := r.properties.version
	is_string(v)
	ended := end_of(minor(v))
	msg := concat("", ["EKS cluster '", r.name, "' runs Kubernetes ", v, ", past the end of EKS standard support (", ended, ")."])
}

# "1.29", "1.29.3" -> "1.29".
minor(v) := concat(".", array.slice(parts, 0, 2)) if {
	parts := split(trim_space(v), ".")
	count(parts) >= 2
	parts[0] == "1"
	regex.match(`^[0-9]+$`, parts[1])
}

end_of(m) := standard_support_end[m]

end_of(m) := "before 2023-10-11" if {
	not standard_support_end[m]
	to_number(split(m, ".")[1]) < 23
}
