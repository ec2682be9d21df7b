# METADATA
# title: Redshift cluster is publicly accessible
# description: >-
#   `PubliclyAccessible: true` gives the cluster a public IP address and DNS name that resolve
#   from the internet: with a security group that lets the world in, anyone can attempt to log
#   in to the data warehouse. New clusters are private unless told otherwise.
# custom:
#   id: PAL-RS-002
#   severity: critical
#   category: access
#   cwe: CWE-668
#   remediation: >-
#     CloudFormation: `PubliclyAccessible: false` and reach the cluster through the VPC (VPN,
#     bastion, or a Redshift-managed VPC endpoint). CDK: `new redshift.Cluster(this, 'Warehouse',
#     { publiclyAccessible: false, ... })`, or `new redshift.CfnCluster(this, 'Warehouse', { publiclyAccessible: false, ... })`.
#   frameworks:
#     nist-800-53: [AC-3, SC-7]
#     pci-dss: ["1.4.1"]
#     soc2: [CC6.6]
#     fsbp: [Redshift.1]
#   resource_types: [aws.redshift.cluster]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.redshift.public_access

import data.palisade.lib

deny contains lib.result(r, ["properties", "publicly_accessible"], msg) if {
	some r in lib.resources("aws.redshift.cluster")
	r.properties.publicly_accessible == true
	msg := concat("", ["Redshift cluster '", r.name, "' is publicly accessible."])
}
