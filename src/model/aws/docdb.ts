import type { Maybe, SecretFacts } from './common.js';

/**
 * AWS::DocDB::DBCluster (live: an AWS::RDS::DBCluster item with engine `docdb`). Defaults when
 * omitted: storage_encrypted false (Unknown when restored from a snapshot, which it inherits),
 * backup_retention_days 1, deletion_protection false, no log exports.
 */
export interface DocDbCluster {
  storage_encrypted: Maybe<boolean>;
  kms_key_id: Maybe<string> | null;
  backup_retention_days: Maybe<number> | null;
  deletion_protection: Maybe<boolean>;
  /** `audit`, `profiler`. */
  log_exports: Array<Maybe<string>>;
  master_password: SecretFacts | null;
  manage_master_password: Maybe<boolean>;
}
