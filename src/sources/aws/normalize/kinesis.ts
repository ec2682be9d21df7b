/**
 * AWS::Kinesis::Stream Config items, in the CloudFormation shape (`StreamEncryption.EncryptionType`,
 * `StreamEncryption.KeyId`; checked against AWS's Config resource schema). As in the CloudFormation
 * resource, StreamEncryption is present only for an encrypted stream: an item that describes the
 * stream (it has `Name` or `Arn`) without it is a stream encrypted with NONE.
 */
import type { KinesisStream } from '../../../model/aws/index.js';
import { AWS_TYPES } from '../../../model/aws/index.js';
import type { ConfigItem } from './item.js';
import { at, get, notReported, str } from './read.js';
import type { ConfigNormalization } from './services.js';

function kinesisStream(item: ConfigItem): KinesisStream {
  const c = item.configuration;
  const enc = get(c, 'StreamEncryption');
  const described = get(c, 'Name') !== undefined || get(c, 'Arn') !== undefined;
  return {
    encryption: {
      type: enc === undefined || enc === null ? (described ? 'NONE' : notReported('stream encryption')) : (str(get(enc, 'EncryptionType')) ?? notReported('the encryption type')),
      kms_key_id: str(at(c, 'StreamEncryption', 'KeyId')),
    },
  };
}

export const KINESIS_CONFIG_TYPES: Record<string, ConfigNormalization> = {
  'AWS::Kinesis::Stream': { type: AWS_TYPES['kinesis.stream'], normalize: (i) => [kinesisStream(i)] },
};
