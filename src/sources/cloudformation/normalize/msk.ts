/** AWS::MSK::Cluster. */
import type { Maybe, MskCluster } from '../../../model/aws/index.js';
import { isUnknown } from '../../../model/resource.js';
import type { Fields, Loose } from '../fields.js';
import type { Norm } from './context.js';

export function mskCluster(n: Norm): Loose<MskCluster> {
  const p = n.props;
  const transit = p.inner('EncryptionInfo').inner('EncryptionInTransit');
  p.read('broker_logs', 'LoggingInfo');
  return {
    client_broker_encryption: transit.str('client_broker_encryption', 'ClientBroker', 'TLS'),
    in_cluster_encryption: transit.bool('in_cluster_encryption', 'InCluster', true),
    kms_key_id: p.inner('EncryptionInfo').inner('EncryptionAtRest').str('kms_key_id', 'DataVolumeKMSKeyId'),
    public_access: p.inner('BrokerNodeGroupInfo').inner('ConnectivityInfo').inner('PublicAccess').str('public_access', 'Type', 'DISABLED'),
    unauthenticated_access: unauthenticated(p),
    broker_logs: anyOf(['CloudWatchLogs', 'Firehose', 'S3'].map((k) => enabled(p.inner('LoggingInfo').inner('BrokerLogs').inner(k)))),
  };
}

/** `Enabled` of a block, read without recording a location; absent is false. */
function enabled(f: Fields): Maybe<boolean> {
  const v = f.raw('Enabled');
  if (v === undefined || v === null) return false;
  if (isUnknown(v)) return v;
  return v === true || (typeof v === 'string' && v.toLowerCase() === 'true');
}

/** True when one is, else Unknown when one may be, else false. */
const anyOf = (vs: Array<Maybe<boolean>>): Maybe<boolean> => (vs.includes(true) ? true : (vs.find(isUnknown) ?? false));

/**
 * Unauthenticated.Enabled when written; otherwise clients connect unauthenticated unless IAM,
 * SCRAM or TLS authentication is on. The finding points at ClientAuthentication when the
 * block says nothing about unauthenticated access.
 */
function unauthenticated(p: Fields): Maybe<boolean> {
  const auth = p.inner('ClientAuthentication');
  p.read('unauthenticated_access', 'ClientAuthentication');
  if (!auth.isMap) return auth.unknownValue ?? true;
  const sasl = auth.inner('Sasl');
  const authenticated = anyOf([enabled(sasl.inner('Iam')), enabled(sasl.inner('Scram')), enabled(auth.inner('Tls'))]);
  return auth.inner('Unauthenticated').bool('unauthenticated_access', 'Enabled', isUnknown(authenticated) ? authenticated : !authenticated);
}
