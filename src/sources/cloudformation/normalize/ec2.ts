/** EC2 launch templates, instances and EBS volumes. */
import type { BlockDevice, Ec2Instance, Ec2LaunchTemplate, Ec2Volume, Maybe } from '../../../model/aws/index.js';
import type { Unknown } from '../../../model/resource.js';
import { isUnknown, unknown } from '../../../model/resource.js';
import { isObj } from '../tree.js';
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
    associate_public_ip: publicIp(data, 'associate_public_ip'),
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

const elsewhere = (what: string): Unknown => unknown(`${what} is not in the template`);

/**
 * An instance's IMDS settings are its launch template's: read there (so findings point at the
 * template's MetadataOptions), Unknown when the template is not in this one, not set without one.
 */
function instanceMetadata(n: Norm): Pick<Loose<Ec2Instance>, 'metadata_options' | 'launch_template'> {
  const lt = n.props.inner('LaunchTemplate');
  if (!lt.isMap && lt.unknownValue === undefined) return { metadata_options: { http_tokens: null, http_endpoint: null }, launch_template: null };
  const named = lt.raw('LaunchTemplateId') ?? lt.raw('LaunchTemplateName');
  const id = n.links.target(named, ['AWS::EC2::LaunchTemplate']);
  const entry = id === undefined ? undefined : n.links.entry(id);
  if (!entry) {
    const u = elsewhere('the launch template');
    return { metadata_options: { http_tokens: u, http_endpoint: u }, launch_template: u };
  }
  const data = n.linked(entry, 'properties', false).inner('LaunchTemplateData');
  return { metadata_options: metadataOptions(data), launch_template: `ref:${entry.id}` };
}

/** Whether a network interface (of an instance or launch template) asks for a public address (null when none says). */
function publicIp(p: Fields, attr: string): Maybe<boolean> | null {
  let undecided: Unknown | null = null;
  let declined = false;
  for (const nic of p.items('network_interfaces', 'NetworkInterfaces')) {
    const v = optionalBool(nic, 'associate_public_ip', 'AssociatePublicIpAddress');
    if (v === true) {
      p.note(attr, nic.span('AssociatePublicIpAddress'));
      return true;
    }
    if (v === false) declined = true;
    else if (v !== null) undecided ??= v;
    if (!nic.isMap && nic.unknownValue) undecided ??= nic.unknownValue;
  }
  return undecided ?? (declined ? false : null);
}

/**
 * Without an answer from its interfaces, an instance gets a public address when its subnet maps
 * them on launch: known when that subnet is in the template (the finding points at `SubnetId`).
 */
function subnetPublicIp(n: Norm): Maybe<boolean> | null {
  const nic = n.props.first('NetworkInterfaces');
  const at = n.props.raw('SubnetId') !== undefined ? n.props : nic;
  const id = n.links.target(at.raw('SubnetId'), ['AWS::EC2::Subnet']);
  const subnet = id === undefined ? undefined : n.links.entry(id);
  if (!subnet || !isObj(subnet.props)) return null;
  const mapped = subnet.props.MapPublicIpOnLaunch;
  if (mapped === true || (typeof mapped === 'string' && mapped.toLowerCase() === 'true')) {
    n.props.note('public_ip', at.span('SubnetId'));
    return true;
  }
  return isUnknown(mapped) ? mapped : null;
}

export function ec2Instance(n: Norm): Loose<Ec2Instance> {
  const p = n.props;
  return {
    ...instanceMetadata(n),
    public_ip: publicIp(p, 'public_ip') ?? subnetPublicIp(n),
    instance_profile: p.str('instance_profile', 'IamInstanceProfile'),
    detailed_monitoring: p.bool('detailed_monitoring', 'Monitoring', false),
  };
}
