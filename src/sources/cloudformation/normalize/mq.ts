/** AWS::AmazonMQ::Broker. */
import type { MqBroker } from '../../../model/aws/index.js';
import type { Loose } from '../fields.js';
import type { Norm } from './context.js';

export function mqBroker(n: Norm): Loose<MqBroker> {
  const p = n.props;
  const engine = p.str('engine', 'EngineType');
  const logs = p.scope('logs', 'Logs');
  const enc = p.scope('encryption', 'EncryptionOptions');
  return {
    engine: typeof engine === 'string' ? engine.toUpperCase() : engine,
    publicly_accessible: p.bool('publicly_accessible', 'PubliclyAccessible', false),
    logs: { general: logs.bool('general', 'General', false), audit: logs.bool('audit', 'Audit', false) },
    encryption: { use_aws_owned_key: enc.bool('use_aws_owned_key', 'UseAwsOwnedKey', true), kms_key_id: enc.str('kms_key_id', 'KmsKeyId') },
    user_passwords: p.items('user_passwords', 'Users').map((u) => n.secret(u, '', 'Password')),
  };
}
