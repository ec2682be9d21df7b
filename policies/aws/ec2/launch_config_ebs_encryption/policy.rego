# METADATA
# title: Launch configuration attaches an unencrypted EBS volume
# description: >-
#   A block device of a launch configuration with `Ebs.Encrypted` false, or not set, gives every
#   instance the Auto Scaling group launches an unencrypted volume unless the account turned on
#   EBS encryption by default, which a template cannot rely on. Volumes made from a snapshot
#   without `Encrypted` take the snapshot's encryption and are not reported (as PAL-EC2-006).
# custom:
#   id: PAL-EC2-008
#   severity: medium
#   category: encryption
#   cwe: CWE-311
#   remediation: >-
#     Set `BlockDeviceMappings[].Ebs.Encrypted: true`; in CDK
#     `blockDevices: [{ deviceName: '/dev/xvda', volume: autoscaling.BlockDeviceVolume.ebs(30, { encrypted: true }) }]`.
#   frameworks:
#     nist-800-53: [SC-28]
#     pci-dss: ["3.5.1"]
#     soc2: [CC6.1]
#   resource_types: [aws.autoscaling.launch_configuration]
#   sources: [cloudformation, cdk, aws]
package palisade.rules.aws.ec2.launch_config_ebs_encryption

import data.palisade.lib

deny contains lib.result(r, ["properties", "block_devices", i, "encrypted"], msg) if {
	some r in lib.resources("aws.autoscaling.launch_configuration")
	some i, d in r.properties.block_devices
	unencrypted(d)
	msg := concat("", ["Launch configuration '", r.name, "' attaches an unencrypted EBS volume", device(d), why(d.encrypted), "."])
}

unencrypted(d) if d.encrypted == false

unencrypted(d) if {
	d.encrypted == null
	d.snapshot_id == null
}

why(null) := " (Encrypted is not set)"

why(false) := ""

device(d) := concat("", [" at ", d.device_name]) if is_string(d.device_name)

device(d) := "" if not is_string(d.device_name)
