import type { Maybe } from './common.js';

/** AWS::EFS::FileSystem. `Encrypted` defaults to false through CloudFormation and the API. */
export interface EfsFileSystem {
  encrypted: Maybe<boolean>;
  kms_key_id: Maybe<string> | null;
}
