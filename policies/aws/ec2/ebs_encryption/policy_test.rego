package palisade.rules.aws.ec2.ebs_encryption_test

import data.palisade.rules.aws.ec2.ebs_encryption

volume(encrypted, snapshot) := {"id": "v", "type": "aws.ec2.volume", "name": "v", "tags": {}, "properties": {"encrypted": encrypted, "kms_key_id": null, "snapshot_id": snapshot}}

tmpl(devices) := {"id": "t", "type": "aws.ec2.launch_template", "name": "t", "tags": {}, "properties": {"metadata_options": {"http_tokens": "required", "http_endpoint": null}, "block_devices": devices}}

test_volume if {
	r := ebs_encryption.deny with input.resources as [volume(false, null)]
	r == {{"resource": "v", "path": ["properties", "encrypted"], "msg": "EBS volume 'v' is not encrypted."}}
	count(ebs_encryption.deny) == 1 with input.resources as [volume(null, null)]
}

test_volume_ok if {
	count(ebs_encryption.deny) == 0 with input.resources as [volume(true, null)]
	count(ebs_encryption.deny) == 0 with input.resources as [volume(null, "snap-0123")]
	count(ebs_encryption.deny) == 0 with input.resources as [volume({"$unknown": "Ref"}, null)]
}

test_launch_template if {
	r := ebs_encryption.deny with input.resources as [tmpl([{"device_name": "/dev/xvda", "encrypted": null, "snapshot_id": null}, {"device_name": "/dev/xvdb", "encrypted": true, "snapshot_id": null}])]
	r == {{"resource": "t", "path": ["properties", "block_devices", 0, "encrypted"], "msg": "Launch template 't' attaches an unencrypted EBS volume at /dev/xvda (Encrypted is not set)."}}
}
