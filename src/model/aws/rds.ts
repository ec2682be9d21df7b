import type { Unknown } from '../resource.js';
import type { Maybe, SecretFacts } from './common.js';

/**
 * aws.rds.instance and aws.rds.cluster. Defaults when omitted: storage_encrypted false (Unknown
 * when restored from a snapshot or source, which it inherits; true for Aurora Serverless v1),
 * backup_retention_days 1, deletion_protection, iam_authentication and manage_master_password
 * false, multi_az false for an instance (a cluster: true for a Multi-AZ DB cluster, Unknown for
 * Aurora, whose instances decide). publicly_accessible is Unknown when omitted: its default
 * depends on the VPC and subnet group.
 */
export interface RdsDatabase {
  /** Lower-case, as AWS reports it (templates may write `MySQL`). */
  engine: Maybe<string> | null;
  /**
   * Instances only: the DB cluster the instance belongs to (DBClusterIdentifier), else null.
   * Such an instance takes storage_encrypted, kms_key_id, backup_retention_days,
   * deletion_protection, iam_authentication and the master password from its cluster: from the
   * cluster resource when it is in the template, else they are Unknown.
   */
  cluster_id?: Maybe<string> | null;
  /**
   * A read replica: an instance created from SourceDBInstanceIdentifier or
   * SourceDBClusterIdentifier (without the point-in-time or snapshot properties that make it a
   * restore instead), a cluster from ReplicationSourceIdentifier. Its data, backups and deletion
   * protection are its source's. Absent means false.
   */
  read_replica?: Maybe<boolean>;
  storage_encrypted: Maybe<boolean>;
  kms_key_id: Maybe<string> | null;
  publicly_accessible: Maybe<boolean>;
  backup_retention_days: Maybe<number> | null;
  deletion_protection: Maybe<boolean>;
  iam_authentication: Maybe<boolean>;
  multi_az: Maybe<boolean>;
  log_exports: Array<Maybe<string>>;
  master_password: SecretFacts | null;
  manage_master_password: Maybe<boolean>;
  /**
   * Seconds between enhanced-monitoring samples; 0 (the default) is off. Instances only (each
   * Aurora instance has its own); a cluster's is null.
   */
  monitoring_interval?: Maybe<number> | null;
  /** AutoMinorVersionUpgrade; default true. Instances only; a cluster's is null. */
  auto_minor_version_upgrade?: Maybe<boolean> | null;
  /**
   * The port, or null when not set (the engine's default port); Unknown when a replica or a restore
   * takes its source's port. An instance of a cluster takes the cluster's.
   */
  port?: Maybe<number> | null;
  /** CopyTagsToSnapshot; default false. An instance of a cluster takes the cluster's. */
  copy_tags_to_snapshot?: Maybe<boolean>;
}
