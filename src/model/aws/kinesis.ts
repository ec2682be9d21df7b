import type { Maybe } from './common.js';

/** AWS::Kinesis::Stream. Without StreamEncryption a stream is not encrypted (`encryption_type` NONE). */
export interface KinesisStream {
  /** type: KMS or NONE. */
  encryption: { type: Maybe<string>; kms_key_id: Maybe<string> | null };
}
