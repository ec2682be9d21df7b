/** DocumentDB clusters: AWS Config records them as AWS::RDS::DBCluster items with engine `docdb`. */
import type { DocDbCluster } from '../../../model/aws/index.js';
import type { ConfigItem } from './item.js';
import { bool, get, notReported, num, str, strs } from './read.js';

export function docDbCluster(item: ConfigItem): DocDbCluster {
  const c = item.configuration;
  return {
    storage_encrypted: bool(get(c, 'storageEncrypted'), notReported('storage encryption')),
    kms_key_id: str(get(c, 'kmsKeyId')),
    backup_retention_days: num(get(c, 'backupRetentionPeriod'), notReported('backup retention')),
    deletion_protection: bool(get(c, 'deletionProtection'), notReported('deletion protection')),
    log_exports: strs(get(c, 'enabledCloudwatchLogsExports')),
    // The password is never in a live configuration.
    master_password: null,
    manage_master_password: get(c, 'masterUserSecret') !== undefined && get(c, 'masterUserSecret') !== null,
  };
}
