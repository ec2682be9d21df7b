/** EC2 launch templates and EBS volumes. */
import type { BlockDevice, Ec2LaunchTemplate, Ec2Volume, Maybe } from '../../../model/aws/index.js';
import type { Unknown } from '../../../model/resource.js';
import { unknown } from '../../../model/resource.js';
import type { Fields, Loose } from '../fields.js';
import type { Norm } from './context.js';

/** null when not written: the account's default decides, which a template cannot see. */
export function optionalBool(f: Fields, attr: string, key: string): Maybe<boolean> | null {
  const v = f.raw(key);
  return v === undefined || v === null ? null : f.bool(attr, key, false);
}

function blockDevice(f: Fields): Loose<BlockDevice> | Unknown {
  if (!f.isMap) return f.unknownValue ?? unknown('not a mapping');
  // Ebs settings read on the device's own path, so `encrypted` points at `Encrypted:`.
  const ebs = f.inner('Ebs');
  return {
    device_name: f.str('device_name', 'DeviceName'),
    encrypted: optionalBool(ebs, 'encrypted', 'Encrypted'),
    snapshot_id: ebs.str('snapshot_id', 'SnapshotId'),
  };
}

/**
 * The EBS mappings of `BlockDeviceMappings`, each on the path of its place in that list of EBS
 * volumes: instance-store (VirtualName) and NoDevice mappings attach no EBS volume.
 */
export function ebsDevices(p: Fields): Array<Loose<BlockDevice> | Unknown> {
  const ebs = p.items('block_devices', 'BlockDeviceMappings').filter((d) => !d.isMap || d.raw('Ebs') !== undefined);
  return ebs.map((d, i) => {
    p.note(`block_devices.${i}`, d.self);
    return blockDevice(d.at(`${p.attr}.block_devices.${i}`));
  });
}

/** `MetadataOptions` (IMDS) of a launch template's data or a launch configuration. */
export function metadataOptions(p: Fields) {
  const metadata = p.scope('metadata_options', 'MetadataOptions');
  return {
    http_tokens: metadata.str('http_tokens', 'HttpTokens'),
    http_endpoint: metadata.str('http_endpoint', 'HttpEndpoint'),
  };
}

export function ec2LaunchTemplate(n: Norm): Loose<Ec2LaunchTemplate> {
  const data = n.props.inner('LaunchTemplateData');
  return {
    metadata_options: metadataOptions(data),
    block_devices: ebsDevices(data),
  };
}

export function ec2Volume(n: Norm): Loose<Ec2Volume> {
  const p = n.props;
  return {
    encrypted: optionalBool(p, 'encrypted', 'Encrypted'),
    kms_key_id: p.str('kms_key_id', 'KmsKeyId'),
    snapshot_id: p.str('snapshot_id', 'SnapshotId'),
  };
}
