package palisade.rules.aws.ec2.launch_config_ebs_encryption_test

import data.palisade.rules.aws.ec2.launch_config_ebs_encryption

lc(devices) := {"id": "c", "type": "aws.autoscaling.launch_configuration", "name": "c", "tags": {}, "properties": {"block_devices": devices}}

test_unencrypted if {
	r := launch_config_ebs_encryption.deny with input.resources as [lc([{"device_name": "/dev/xvda", "encrypted": false, "snapshot_id": null}])]
	r == {{"resource": "c", "path": ["properties", "block_devices", 0, "encrypted"], "msg": "Launch configuration 'c' attaches an unencrypted EBS volume at /dev/xvda."}}
	count(launch_config_ebs_encryption.deny) == 1 with input.resources as [lc([{"device_name": null, "encrypted": null, "snapshot_id": null}])]
}

test_encrypted_snapshot_unknown if {
	count(launch_config_ebs_encryption.deny) == 0 with input.resources as [lc([{"device_name": "/dev/xvda", "encrypted": true, "snapshot_id": null}])]
	count(launch_config_ebs_encryption.deny) == 0 with input.resources as [lc([{"device_name": "/dev/xvda", "encrypted": null, "snapshot_id": "snap-1"}])]
	count(launch_config_ebs_encryption.deny) == 0 with input.resources as [lc([{"device_name": "/dev/xvda", "encrypted": {"$unknown": "Ref"}, "snapshot_id": null}])]
}
