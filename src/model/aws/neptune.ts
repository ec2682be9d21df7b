import type { Maybe } from './common.js';

/**
 * AWS::Neptune::DBCluster (live: an AWS::RDS::DBCluster item with engine `neptune`). Defaults
 * when omitted: storage_encrypted false (Unknown when restored from a snapshot or cloned),
 * iam_authentication false, backup_retention_days 1, deletion_protection false, no log exports.
 */
export interface NeptuneCluster {
  storage_encrypted: Maybe<boolean>;
  kms_key_id: Maybe<string> | null;
  iam_authentication: Maybe<boolean>;
  backup_retention_days: Maybe<number> | null;
  deletion_protection: Maybe<boolean>;
  /** `audit`, `slowquery`. */
  log_exports: Array<Maybe<string>>;
}
