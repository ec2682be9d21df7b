/** AWS::EFS::FileSystem. */
import type { EfsFileSystem } from '../../../model/aws/index.js';
import type { Loose } from '../fields.js';
import type { Norm } from './context.js';

export function efsFileSystem(n: Norm): Loose<EfsFileSystem> {
  const p = n.props;
  return {
    encrypted: p.bool('encrypted', 'Encrypted', false),
    kms_key_id: p.str('kms_key_id', 'KmsKeyId'),
  };
}
