/** AWS::Kinesis::Stream. */
import type { KinesisStream } from '../../../model/aws/index.js';
import type { Loose } from '../fields.js';
import type { Norm } from './context.js';

export function kinesisStream(n: Norm): Loose<KinesisStream> {
  const enc = n.props.scope('encryption', 'StreamEncryption');
  return {
    encryption: { type: enc.str('type', 'EncryptionType', 'NONE'), kms_key_id: enc.str('kms_key_id', 'KeyId') },
  };
}
