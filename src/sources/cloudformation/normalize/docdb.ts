/** AWS::DocDB::DBCluster. */
import type { DocDbCluster, Maybe } from '../../../model/aws/index.js';
import { isUnknown, unknown } from '../../../model/resource.js';
import type { Fields, Loose } from '../fields.js';
import type { Norm } from './context.js';

/** A cluster restored from a snapshot or another cluster inherits its encryption. */
export function restoredEncryption(p: Fields, keys: string[]): Maybe<boolean> {
  const restoring = keys.map((k) => p.has(k));
  if (restoring.includes(true)) return unknown('inherited from the snapshot or source cluster');
  return restoring.find(isUnknown) ?? false;
}

export function docDbCluster(n: Norm): Loose<DocDbCluster> {
  const p = n.props;
  return {
    storage_encrypted: p.bool('storage_encrypted', 'StorageEncrypted', restoredEncryption(p, ['SnapshotIdentifier', 'SourceDBClusterIdentifier'])),
    kms_key_id: p.str('kms_key_id', 'KmsKeyId'),
    backup_retention_days: p.num('backup_retention_days', 'BackupRetentionPeriod', 1),
    deletion_protection: p.bool('deletion_protection', 'DeletionProtection', false),
    log_exports: p.strs('log_exports', 'EnableCloudwatchLogsExports'),
    master_password: n.secret(p, 'master_password', 'MasterUserPassword'),
    manage_master_password: p.bool('manage_master_password', 'ManageMasterUserPassword', false),
  };
}
