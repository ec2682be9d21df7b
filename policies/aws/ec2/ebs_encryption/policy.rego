# METADATA
# title: EBS volume is not encrypted
# description: >-
#   An EBS volume (`AWS::EC2::Volume`, or one a launch template attaches) with `Encrypted`
#   false, or not set, is stored unencrypted unless the account turned on EBS encryption by
#   default, which a template cannot rely on; its snapshots are unencrypted too. A volume made
#   from a snapshot without `Encrypted` takes the snapshot's encryption and is not reported.
# custom:
#   id: PAL-EC2-006
#   severity: medium
#   category: encryption
#   cwe: CWE-311
#   remediation: >-
#     Set `Encrypted: true` (with `KmsKeyId` for a customer-managed key) on the volume or the
#     launch template's `BlockDeviceMappings[].Ebs`; in CDK
#     `ec2.BlockDeviceVolume.ebs(30, { encrypted: true })` or `new ec2.Volume(this, 'V', { encrypted: true, ... })`.
#   frameworks:
#     nist-800-53: [SC-28]
#     pci-dss: ["3.5.1"]
#     soc2: [CC6.1]
#     fsbp: [EC2.3]
#   resource_types: [aws.ec2.volume, aws.ec2.launch_template]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.ec2.ebs_encryption

import data.palisade.lib

deny contains lib.result(r, ["properties", "encrypted"], msg) if {
	some r in lib.resources("aws.ec2.volume")
	unencrypted(r.properties)
	msg := concat("", ["EBS volume '", r.name, "' is not encrypted", why(r.properties.encrypted), "."])
}

deny contains lib.result(r, ["properties", "block_devices", i, "encrypted"], msg) if {
	some r in lib.resources("aws.ec2.launch_template")
	some i, d in r.properties.block_devices
	unencrypted(d)
	msg := concat("", ["Launch template '", r.name, "' attaches an unencrypted EBS volume", device(d), why(d.encrypted), "."])
}

unencrypted(v) if v.encrypted == false

unencrypted(v) if {
	v.encrypted == null
	v.snapshot_id == null
}

why(null) := " (Encrypted is not set)"

why(false) := ""

device(d) := concat("", [" at ", d.device_name]) if is_string(d.device_name)

device(d) := "" if not is_string(d.device_name)
