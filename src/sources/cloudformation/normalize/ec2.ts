/** EC2 launch templates and EBS volumes. */
import type { BlockDevice, Ec2LaunchTemplate, Ec2Volume, Maybe } from '../../../model/aws/index.js';
import type { Unknown } from '../../../model/resource.js';
import { unknown } from '../../../model/resource.js';
import type { Fields, Loose } from '../fields.js';
import type { Norm } from './context.js';

/** null when not written: the account's default decides, which a template cannot see. */
function optionalBool(f: Fields, attr: string, key: string): Maybe<boolean> | null {
  const v = f.raw(key);
  return v === undefined || v === null ? null : f.bool(attr, key, false);
}

function blockDevice(f: Fields): Loose<BlockDevice> | Unknown {
  if (!f.isMap) return f.unknownValue ?? unknown('not a mapping');
  const ebs = f.scope('ebs', 'Ebs');
  return {
    device_name: f.str('device_name', 'DeviceName'),
    encrypted: optionalBool(ebs, 'encrypted', 'Encrypted'),
    snapshot_id: ebs.str('snapshot_id', 'SnapshotId'),
  };
}

export function ec2LaunchTemplate(n: Norm): Loose<Ec2LaunchTemplate> {
  const data = n.props.inner('LaunchTemplateData');
  const metadata = data.scope('metadata_options', 'MetadataOptions');
  return {
    metadata_options: {
      http_tokens: metadata.str('http_tokens', 'HttpTokens'),
      http_endpoint: metadata.str('http_endpoint', 'HttpEndpoint'),
    },
    // Instance-store (VirtualName) and NoDevice mappings attach no EBS volume.
    block_devices: data.items('block_devices', 'BlockDeviceMappings').filter((d) => !d.isMap || d.raw('Ebs') !== undefined).map(blockDevice),
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
