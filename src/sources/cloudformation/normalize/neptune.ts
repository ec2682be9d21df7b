/** AWS::Neptune::DBCluster. */
import type { NeptuneCluster } from '../../../model/aws/index.js';
import type { Loose } from '../fields.js';
import type { Norm } from './context.js';
import { restoredEncryption } from './docdb.js';

export function neptuneCluster(n: Norm): Loose<NeptuneCluster> {
  const p = n.props;
  return {
    storage_encrypted: p.bool('storage_encrypted', 'StorageEncrypted', restoredEncryption(p, ['SnapshotIdentifier', 'SourceDBClusterIdentifier'])),
    kms_key_id: p.str('kms_key_id', 'KmsKeyId'),
    iam_authentication: p.bool('iam_authentication', 'IamAuthEnabled', false),
    backup_retention_days: p.num('backup_retention_days', 'BackupRetentionPeriod', 1),
    deletion_protection: p.bool('deletion_protection', 'DeletionProtection', false),
    log_exports: p.strs('log_exports', 'EnableCloudwatchLogsExports'),
  };
}
