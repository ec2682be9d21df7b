/** AWS::EKS::Cluster and AWS::EKS::Nodegroup. */
import type { EksCluster, EksNodegroup, Maybe } from '../../../model/aws/index.js';
import { isUnknown, unknown } from '../../../model/resource.js';
import type { Loose } from '../fields.js';
import type { Norm } from './context.js';

export function eksCluster(n: Norm): Loose<EksCluster> {
  const p = n.props;
  const vpc = p.inner('ResourcesVpcConfig');
  const cidrs = vpc.strs('public_access_cidrs', 'PublicAccessCidrs');
  const logging = p.inner('Logging').inner('ClusterLogging');
  return {
    endpoint_public_access: vpc.bool('endpoint_public_access', 'EndpointPublicAccess', true),
    endpoint_private_access: vpc.bool('endpoint_private_access', 'EndpointPrivateAccess', false),
    public_access_cidrs: cidrs.length > 0 ? cidrs : ['0.0.0.0/0'],
    secrets_encryption: secretsEncrypted(n),
    version: version(p),
    log_types: isUnknown(logging.raw('EnabledTypes')) ? [logging.raw('EnabledTypes') as Maybe<string>] : logging.items('log_types', 'EnabledTypes').map((t) => t.str('', 'Type') ?? ''),
  };
}

/** Whether an EncryptionConfig entry lists `secrets` (Unknown when an entry or list is). */
function secretsEncrypted(n: Norm): Maybe<boolean> {
  const raw = n.props.raw('EncryptionConfig');
  if (isUnknown(raw)) return raw;
  let unknownSeen: Maybe<boolean> | undefined;
  for (const entry of n.props.items('secrets_encryption', 'EncryptionConfig')) {
    for (const r of entry.strs('', 'Resources')) {
      if (isUnknown(r)) unknownSeen ??= r;
      else if (r.toLowerCase() === 'secrets') return true;
    }
  }
  return unknownSeen ?? false;
}

/** `Version: 1.30` unquoted is the number 1.3 in YAML: no version can be told from it. */
function version(p: Norm['props']): Maybe<string> | null {
  if (typeof p.raw('Version') === 'number') {
    p.read('version', 'Version');
    return unknown('the Version is written as a number (quote it: 1.30 reads as 1.3)');
  }
  return p.str('version', 'Version');
}

export function eksNodegroup(n: Norm): Loose<EksNodegroup> {
  const p = n.props;
  if (p.raw('RemoteAccess') === undefined || p.raw('RemoteAccess') === null) return { remote_access: null };
  const remote = p.scope('remote_access', 'RemoteAccess');
  if (!remote.isMap) return { remote_access: remote.unknownValue as unknown as null };
  return {
    remote_access: {
      ssh_key: remote.present('ssh_key', 'Ec2SshKey'),
      source_security_groups: remote.strs('source_security_groups', 'SourceSecurityGroups'),
    },
  };
}
