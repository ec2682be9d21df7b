/**
 * EC2 Config items other than security groups: launch templates, EBS volumes and VPCs (with the
 * flow logs of the same inventory). Field names checked against AWS's Config resource schema:
 * - AWS::EC2::LaunchTemplate is in the CloudFormation shape (PascalCase):
 *   `LaunchTemplateData.MetadataOptions.HttpTokens`, `LaunchTemplateData.BlockDeviceMappings[].Ebs`,
 *   `LaunchTemplateData.NetworkInterfaces[].AssociatePublicIpAddress`.
 *   Config records the template's default version.
 * - AWS::EC2::Volume is in the DescribeVolumes shape (camelCase): `encrypted`, `kmsKeyId`, `snapshotId`.
 * - AWS::EC2::VPC has no flow-log field: flow logs are their own type, AWS::EC2::FlowLog, whose
 *   `resourceId` names the VPC. A VPC no flow-log item names has none only if the inventory records
 *   flow logs at all (holds at least one, or the region's recorder records the type); otherwise it
 *   is Unknown, since a recorder that leaves the type out would make every VPC look unlogged.
 * - AWS::EC2::Instance is DescribeInstances' shape: `metadataOptions.httpTokens`, `publicIpAddress`,
 *   `iamInstanceProfile.arn`, `monitoring.state`, `state.name`. Terminated instances are left out.
 * - AWS::EC2::Subnet is DescribeSubnets' shape: `mapPublicIpOnLaunch`, `defaultForAz`.
 * - AWS::EC2::NetworkAcl is DescribeNetworkAcls' shape: `entries[]` with `ruleNumber`, `protocol`
 *   (a number as text, `-1` for all), `ruleAction`, `egress`, `cidrBlock`, `ipv6CidrBlock`,
 *   `portRange.{from,to}`. The final deny-all entries (32767) are left out, as in a template.
 */
import type { BlockDevice, Ec2Instance, Ec2LaunchTemplate, Ec2NetworkAcl, Ec2Subnet, Ec2Volume, Vpc } from '../../../model/aws/index.js';
import { AWS_TYPES } from '../../../model/aws/index.js';
import { unknown } from '../../../model/resource.js';
import type { ConfigItem } from './item.js';
import { at, bool, get, list, notReported, num, str } from './read.js';
import { PROTOCOL_NUMBERS, worldAsWritten } from '../../cloudformation/normalize/network.js';
import type { ConfigNormalization, Inventory } from './services.js';
import { flowLogTargets, itemsOfType } from './inventory.js';

function launchTemplate(item: ConfigItem): Ec2LaunchTemplate {
  const data = get(item.configuration, 'LaunchTemplateData');
  if (data === undefined) return { metadata_options: notReported('the launch template data') as unknown as Ec2LaunchTemplate['metadata_options'], block_devices: [] };
  const meta = get(data, 'MetadataOptions');
  const devices: BlockDevice[] = list(get(data, 'BlockDeviceMappings'))
    .filter((d) => get(d, 'Ebs') !== undefined && get(d, 'Ebs') !== null)
    .map((d) => ({
      device_name: str(get(d, 'DeviceName')),
      encrypted: at(d, 'Ebs', 'Encrypted') === undefined || at(d, 'Ebs', 'Encrypted') === null ? null : bool(at(d, 'Ebs', 'Encrypted'), false),
      snapshot_id: str(at(d, 'Ebs', 'SnapshotId')),
    }));
  const nics = list(get(data, 'NetworkInterfaces')).map((i) => bool(get(i, 'AssociatePublicIpAddress'), false));
  return {
    metadata_options: { http_tokens: str(get(meta, 'HttpTokens')), http_endpoint: str(get(meta, 'HttpEndpoint')) },
    block_devices: devices,
    associate_public_ip: nics.includes(true) ? true : (nics.find((v) => v !== false) ?? null),
  };
}

function volume(item: ConfigItem): Ec2Volume {
  const c = item.configuration;
  return {
    encrypted: bool(get(c, 'encrypted'), notReported('volume encryption')),
    kms_key_id: str(get(c, 'kmsKeyId')),
    snapshot_id: str(get(c, 'snapshotId')) || null,
  };
}

function vpc(item: ConfigItem, inv: Inventory): Vpc {
  const id = str(get(item.configuration, 'vpcId')) ?? item.resourceId;
  const targets = flowLogTargets(inv);
  if (id !== null && targets.has(id)) return { flow_logs: true };
  if (itemsOfType(inv, 'AWS::EC2::FlowLog').length > 0 || inv.records('AWS::EC2::FlowLog')) return { flow_logs: false };
  return { flow_logs: unknown('no AWS::EC2::FlowLog item in the inventory: the recorder may not record flow logs') };
}

function instance(item: ConfigItem): Ec2Instance[] {
  const c = item.configuration;
  if (str(at(c, 'state', 'name')) === 'terminated') return [];
  const meta = get(c, 'metadataOptions');
  const missing = meta === undefined || meta === null ? notReported('the metadata options') : undefined;
  const monitoring = str(at(c, 'monitoring', 'state'));
  const publicIp = str(get(c, 'publicIpAddress'));
  return [{
    metadata_options: { http_tokens: missing ?? str(get(meta, 'httpTokens')), http_endpoint: missing ?? str(get(meta, 'httpEndpoint')) },
    launch_template: null,
    public_ip: typeof publicIp === 'string' ? publicIp !== '' : publicIp === null ? false : publicIp,
    instance_profile: str(at(c, 'iamInstanceProfile', 'arn')),
    detailed_monitoring: monitoring === null ? notReported('the monitoring state') : typeof monitoring === 'string' ? ['enabled', 'pending'].includes(monitoring.toLowerCase()) : monitoring,
  }];
}

const subnet = (item: ConfigItem): Ec2Subnet => ({
  map_public_ip: bool(get(item.configuration, 'mapPublicIpOnLaunch'), notReported('MapPublicIpOnLaunch')),
  default_subnet: bool(get(item.configuration, 'defaultForAz'), false),
});

function networkAcl(item: ConfigItem): Ec2NetworkAcl {
  const entries = list(get(item.configuration, 'entries')).filter((e) => num(get(e, 'ruleNumber')) !== 32767);
  return {
    entries: entries.map((e) => {
      const protocol = str(get(e, 'protocol')) ?? notReported('the entry protocol');
      const action = str(get(e, 'ruleAction')) ?? notReported('the entry action');
      return {
        rule_number: num(get(e, 'ruleNumber')),
        protocol: typeof protocol === 'string' ? (PROTOCOL_NUMBERS[protocol] ?? protocol.toLowerCase()) : protocol,
        action: typeof action === 'string' ? action.toLowerCase() : action,
        egress: bool(get(e, 'egress'), notReported('the entry direction')),
        cidr_ipv4: worldAsWritten(str(get(e, 'cidrBlock')), '0.0.0.0/0'),
        cidr_ipv6: worldAsWritten(str(get(e, 'ipv6CidrBlock')), '::/0'),
        from_port: num(at(e, 'portRange', 'from')),
        to_port: num(at(e, 'portRange', 'to')),
      };
    }),
  };
}

/** Flow logs are judged through their VPC. */
const none = () => [];

export const EC2_CONFIG_TYPES: Record<string, ConfigNormalization> = {
  'AWS::EC2::LaunchTemplate': { type: AWS_TYPES['ec2.launch_template'], normalize: (i) => [launchTemplate(i)] },
  'AWS::EC2::Volume': { type: AWS_TYPES['ec2.volume'], normalize: (i) => [volume(i)] },
  'AWS::EC2::VPC': { type: AWS_TYPES['ec2.vpc'], normalize: (i, inv) => [vpc(i, inv)] },
  'AWS::EC2::Instance': { type: AWS_TYPES['ec2.instance'], normalize: (i) => instance(i) },
  'AWS::EC2::Subnet': { type: AWS_TYPES['ec2.subnet'], normalize: (i) => [subnet(i)] },
  'AWS::EC2::NetworkAcl': { type: AWS_TYPES['ec2.network_acl'], normalize: (i) => [networkAcl(i)] },
  'AWS::EC2::FlowLog': { type: AWS_TYPES['ec2.vpc'], normalize: none },
};
