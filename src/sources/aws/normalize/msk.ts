/**
 * AWS::MSK::Cluster Config items (the CloudFormation schema shape: `EncryptionInfo`,
 * `ClientAuthentication`, `LoggingInfo`...). A block the item does not carry is Unknown.
 */
import type { Maybe, MskCluster } from '../../../model/aws/index.js';
import { isUnknown } from '../../../model/resource.js';
import type { ConfigItem } from './item.js';
import { at, bool, get, notReported, str } from './read.js';

export function mskCluster(item: ConfigItem): MskCluster {
  const c = item.configuration;
  const transit = at(c, 'EncryptionInfo', 'EncryptionInTransit');
  const auth = get(c, 'ClientAuthentication');
  const logs = at(c, 'LoggingInfo', 'BrokerLogs');
  const on = (o: unknown, ...path: string[]) => bool(at(o, ...path, 'Enabled'), false);
  const authenticated = [on(auth, 'Sasl', 'Iam'), on(auth, 'Sasl', 'Scram'), on(auth, 'Tls')].includes(true);
  const anyLog = ['CloudWatchLogs', 'Firehose', 'S3'].some((k) => on(logs, k) === true);
  return {
    client_broker_encryption: str(get(transit, 'ClientBroker')) ?? notReported('client-broker encryption'),
    in_cluster_encryption: bool(get(transit, 'InCluster'), notReported('in-cluster encryption')),
    kms_key_id: str(at(c, 'EncryptionInfo', 'EncryptionAtRest', 'DataVolumeKMSKeyId')),
    public_access: str(at(c, 'BrokerNodeGroupInfo', 'ConnectivityInfo', 'PublicAccess', 'Type')) ?? notReported('public access'),
    unauthenticated_access: auth === undefined ? notReported('client authentication') : unauthenticated(on(auth, 'Unauthenticated'), at(auth, 'Unauthenticated', 'Enabled'), authenticated),
    broker_logs: logs === undefined ? notReported('broker logging') : anyLog,
  };
}

function unauthenticated(flag: Maybe<boolean>, written: unknown, authenticated: boolean): Maybe<boolean> {
  if (written !== undefined && written !== null) return flag;
  return isUnknown(flag) ? flag : !authenticated;
}
