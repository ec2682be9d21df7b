/** DynamoDB tables, RDS instances and clusters, ElastiCache replication groups. */
import type { DynamoDbTable, ElastiCacheReplicationGroup, Maybe, RdsDatabase } from '../../../model/aws/index.js';
import type { Unknown } from '../../../model/resource.js';
import { isUnknown, unknown } from '../../../model/resource.js';
import type { Fields, Loose } from '../fields.js';
import type { Norm } from './context.js';

/** `alias/aws/<service>`, alone or in an alias ARN: a key AWS manages for the service. */
export const AWS_MANAGED_ALIAS = /(^|:)alias\/aws\//;

export function dynamoDbTable(n: Norm): Loose<DynamoDbTable> {
  const p = n.props;
  const sse = p.scope('encryption', 'SSESpecification');
  // SSEEnabled false: an AWS owned key; true: KMS, with the AWS managed key unless one is named.
  const kmsEnabled = sse.bool('', 'SSEEnabled', false);
  const kms = sse.str('kms_key_id', 'KMSMasterKeyId');
  // alias/aws/dynamodb names the AWS managed key, not one of the customer's.
  const awsManaged = typeof kms === 'string' && AWS_MANAGED_ALIAS.test(kms);
  if (awsManaged) sse.note('customer_managed', sse.span('KMSMasterKeyId'));
  return {
    encryption: {
      customer_managed: kmsEnabled === true ? (kms === null || awsManaged ? false : isUnknown(kms) ? kms : true) : kmsEnabled,
      kms_key_id: kms,
    },
    point_in_time_recovery: p.inner('PointInTimeRecoverySpecification').bool('point_in_time_recovery', 'PointInTimeRecoveryEnabled', false),
    deletion_protection: p.bool('deletion_protection', 'DeletionProtectionEnabled', false),
  };
}

const RESTORE_KEYS = {
  instance: ['DBSnapshotIdentifier', 'SourceDBInstanceIdentifier', 'SourceDBClusterIdentifier', 'SourceDBInstanceAutomatedBackupsArn', 'SourceDbiResourceId', 'RestoreTime', 'UseLatestRestorableTime'],
  cluster: ['SnapshotIdentifier', 'SourceDBClusterIdentifier', 'RestoreType', 'RestoreToTime', 'UseLatestRestorableTime'],
};

/**
 * CloudFormation makes an instance a read replica when it names a source instance or Multi-AZ
 * cluster without any property of a point-in-time restore or a snapshot restore; a cluster when
 * it has a ReplicationSourceIdentifier (a cluster's SourceDBClusterIdentifier is a restore).
 */
const REPLICA_SOURCE_KEYS = { instance: ['SourceDBInstanceIdentifier', 'SourceDBClusterIdentifier'], cluster: ['ReplicationSourceIdentifier'] };
const NOT_REPLICA_KEYS = ['RestoreTime', 'SourceDBInstanceAutomatedBackupsArn', 'SourceDbiResourceId', 'DBSnapshotIdentifier'];

export const rdsInstance = (n: Norm): Loose<RdsDatabase> => rds(n, 'instance');
export const rdsCluster = (n: Norm): Loose<RdsDatabase> => rds(n, 'cluster');

function rds(n: Norm, kind: 'instance' | 'cluster'): Loose<RdsDatabase> {
  const p = n.props;
  const engine = lower(p.str('engine', 'Engine'));
  const clusterId = kind === 'instance' ? p.str('cluster_id', 'DBClusterIdentifier') : null;
  // An instance of a DB cluster takes storage, backup, protection and credentials from the
  // cluster: read them there, or leave them Unknown when the cluster is not in the template.
  const clusterEntry = clusterId === null ? undefined : n.links.target(clusterId, ['AWS::RDS::DBCluster']);
  const cluster = clusterEntry === undefined ? undefined : n.links.entry(clusterEntry);
  const owner: Fields | Unknown = clusterId === null ? p : cluster ? n.linked(cluster, 'properties', false) : unknown('managed by a DB cluster outside the template');
  const from = <T>(read: (f: Fields) => T): T | Unknown => (isUnknown(owner) ? owner : read(owner));
  const restoring = from((f) => RESTORE_KEYS[f === p ? kind : 'cluster'].some((k) => f.raw(k) !== undefined));
  const serverless = kind === 'cluster' && p.raw('EngineMode') === 'serverless';
  const inherited: Unknown | null = restoring === true ? unknown('inherited from the snapshot or source') : isUnknown(restoring) ? restoring : null;
  const encryptedDefault: Maybe<boolean> = inherited ?? serverless;
  return {
    engine,
    cluster_id: clusterId,
    read_replica: readReplica(p, kind),
    storage_encrypted: from((f) => f.bool('storage_encrypted', 'StorageEncrypted', encryptedDefault)),
    kms_key_id: from((f) => f.str('kms_key_id', 'KmsKeyId')),
    publicly_accessible: p.bool('publicly_accessible', 'PubliclyAccessible', unknown('depends on the VPC and DB subnet group')),
    backup_retention_days: from((f) => f.num('backup_retention_days', 'BackupRetentionPeriod', 1)),
    deletion_protection: from((f) => f.bool('deletion_protection', 'DeletionProtection', false)),
    iam_authentication: from((f) => f.bool('iam_authentication', 'EnableIAMDatabaseAuthentication', false)),
    multi_az: kind === 'instance' ? p.bool('multi_az', 'MultiAZ', false) : clusterMultiAz(engine),
    log_exports: p.strs('log_exports', 'EnableCloudwatchLogsExports'),
    master_password: from((f) => n.secret(f, 'master_password', 'MasterUserPassword')),
    manage_master_password: from((f) => f.bool('manage_master_password', 'ManageMasterUserPassword', false)),
    monitoring_interval: kind === 'instance' ? p.num('monitoring_interval', 'MonitoringInterval', 0) : null,
    auto_minor_version_upgrade: kind === 'instance' ? p.bool('auto_minor_version_upgrade', 'AutoMinorVersionUpgrade', true) : null,
    // A replica or a restored database without Port takes its source's port, not the engine's default.
    port: from((f) => f.num('port', 'Port') ?? inherited),
    copy_tags_to_snapshot: from((f) => f.bool('copy_tags_to_snapshot', 'CopyTagsToSnapshot', false)),
  };
}

function readReplica(p: Fields, kind: 'instance' | 'cluster'): Maybe<boolean> {
  if (!p.isMap) return p.unknownValue ?? false;
  const sourceKey = REPLICA_SOURCE_KEYS[kind].find((k) => p.has(k) !== false);
  if (sourceKey === undefined) return false;
  const source = p.present('read_replica', sourceKey);
  if (kind === 'cluster') return source;
  const restore = [...NOT_REPLICA_KEYS.map((k) => p.has(k)), latestRestorableTime(p.raw('UseLatestRestorableTime'))];
  if (restore.includes(true)) return false;
  return [source, ...restore].find(isUnknown) ?? true;
}

/** UseLatestRestorableTime asks for a point-in-time restore only when it is true. */
function latestRestorableTime(v: unknown): Maybe<boolean> {
  if (v === undefined || v === null || v === false) return false;
  if (isUnknown(v)) return v;
  return !(typeof v === 'string' && v.toLowerCase() === 'false');
}

/** Aurora spreads a cluster over the AZs of its instances; a Multi-AZ DB cluster always is. */
function clusterMultiAz(engine: Maybe<string> | null): Maybe<boolean> {
  if (isUnknown(engine)) return engine;
  return engine === null || engine.startsWith('aurora') ? unknown('depends on the instances of the cluster') : true;
}

export function elastiCacheReplicationGroup(n: Norm): Loose<ElastiCacheReplicationGroup> {
  const p = n.props;
  return {
    engine: lower(p.str('engine', 'Engine', 'redis')),
    at_rest_encryption: p.bool('at_rest_encryption', 'AtRestEncryptionEnabled', false),
    transit_encryption: p.bool('transit_encryption', 'TransitEncryptionEnabled', false),
    kms_key_id: p.str('kms_key_id', 'KmsKeyId'),
    auth_token: n.secret(p, 'auth_token', 'AuthToken'),
    automatic_failover: p.bool('automatic_failover', 'AutomaticFailoverEnabled', false),
  };
}

/** Engine names are case-insensitive (`MySQL` is `mysql`); AWS reports them in lower case. */
function lower<T extends Maybe<string> | null>(v: T): T {
  return (typeof v === 'string' ? v.toLowerCase() : v) as T;
}
