/**
 * AWS::EFS::FileSystem Config items, in the CloudFormation shape (`Encrypted`, `KmsKeyId`; checked
 * against AWS's Config resource schema). A missing `Encrypted` is Unknown.
 */
import type { EfsFileSystem } from '../../../model/aws/index.js';
import { AWS_TYPES } from '../../../model/aws/index.js';
import type { ConfigItem } from './item.js';
import { bool, get, notReported, str } from './read.js';
import type { ConfigNormalization } from './services.js';

const efsFileSystem = (item: ConfigItem): EfsFileSystem => ({
  encrypted: bool(get(item.configuration, 'Encrypted'), notReported('file system encryption')),
  kms_key_id: str(get(item.configuration, 'KmsKeyId')),
});

export const EFS_CONFIG_TYPES: Record<string, ConfigNormalization> = {
  'AWS::EFS::FileSystem': { type: AWS_TYPES['efs.file_system'], normalize: (i) => [efsFileSystem(i)] },
};
