/** Neptune clusters: AWS Config records them as AWS::RDS::DBCluster items with engine `neptune`. */
import type { NeptuneCluster } from '../../../model/aws/index.js';
import type { ConfigItem } from './item.js';
import { bool, get, notReported, num, str, strs } from './read.js';

export function neptuneCluster(item: ConfigItem): NeptuneCluster {
  const c = item.configuration;
  return {
    storage_encrypted: bool(get(c, 'storageEncrypted'), notReported('storage encryption')),
    kms_key_id: str(get(c, 'kmsKeyId')),
    iam_authentication: bool(get(c, 'iamDatabaseAuthenticationEnabled'), false),
    backup_retention_days: num(get(c, 'backupRetentionPeriod'), notReported('backup retention')),
    deletion_protection: bool(get(c, 'deletionProtection'), notReported('deletion protection')),
    log_exports: strs(get(c, 'enabledCloudwatchLogsExports')),
  };
}
