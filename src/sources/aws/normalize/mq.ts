/** AWS::AmazonMQ::Broker Config items (the CloudFormation schema shape: `PubliclyAccessible`, `Logs`...). */
import type { MqBroker } from '../../../model/aws/index.js';
import type { ConfigItem } from './item.js';
import { at, bool, get, notReported, str } from './read.js';

export function mqBroker(item: ConfigItem): MqBroker {
  const c = item.configuration;
  const engine = str(get(c, 'EngineType'));
  return {
    engine: typeof engine === 'string' ? engine.toUpperCase() : engine,
    publicly_accessible: bool(get(c, 'PubliclyAccessible'), notReported('public accessibility')),
    logs: { general: bool(at(c, 'Logs', 'General'), notReported('general logging')), audit: bool(at(c, 'Logs', 'Audit'), notReported('audit logging')) },
    encryption: { use_aws_owned_key: bool(at(c, 'EncryptionOptions', 'UseAwsOwnedKey'), notReported('the encryption key')), kms_key_id: str(at(c, 'EncryptionOptions', 'KmsKeyId')) },
    // Passwords are never in a live configuration.
    user_passwords: [],
  };
}
