/**
 * The normalized shape of AWS resources, as policies see them in `properties`. One shape per
 * type, whatever the source: a CloudFormation/CDK template and an AWS Config item normalize to
 * the same fields, so a rule like "S3 buckets are encrypted" is written once.
 *
 * Conventions
 * - Field names are snake_case. Booleans mean what AWS would do: a template that omits a setting
 *   gets the AWS default for it (documented per field), never `undefined`.
 * - Any value may be `Unknown` (`{"$unknown": reason}`) when it cannot be known statically
 *   (Fn::If, Fn::ImportValue, a parameter without a default). Rules never report on unknowns.
 * - Resource references are kept as strings: an ARN, a name, or `ref:<LogicalId>` when it points
 *   at another resource of the same template.
 *   `ref:<LogicalId>` is Ref (the resource `<file>#<LogicalId>`), `ref:<LogicalId>.<Attr>` is
 *   Fn::GetAtt. A string built (Fn::Sub, Fn::Join) from literals and references keeps each
 *   reference in place: `${Bucket.Arn}/*` is `ref:Bucket.Arn/*`, so equal expressions compare
 *   equal. A string with any unknown piece (AWS::AccountId, AWS::Region, a parameter without a
 *   default, a dynamic reference `{{resolve:...}}`) is Unknown. AWS::Partition is `aws` and
 *   AWS::URLSuffix `amazonaws.com`.
 * - A list may hold Unknown entries (an item behind Fn::If on an unknown condition), and a list
 *   that is itself unknown is `[Unknown]`; `PolicyDocument.statements` entries included. A rule
 *   that concludes from the absence of an entry must first check that no entry is Unknown.
 * - Linked resources are folded in: a bucket carries its BucketPolicy, a function its Url,
 *   Permissions and log group, a role the AWS::IAM::Policy documents attached to it. Their lines
 *   are recorded in the owner's locations so findings point at the linked resource's lines.
 * - Secret-looking literals (passwords, tokens) are never stored: see `SecretFacts`.
 */
import type { Unknown } from './resource.js';

export type Maybe<T> = T | Unknown;

/** An IAM policy document, normalized: single values become lists, actions lower-case. */
export interface PolicyDocument {
  statements: PolicyStatement[];
}

export interface PolicyStatement {
  sid: string | null;
  effect: 'Allow' | 'Deny';
  /** Principal, normalized; null when the statement has none (identity policies). */
  principal: null | {
    /** Principal "*" or {"AWS": "*"}. */
    any: boolean;
    aws: Array<Maybe<string>>;
    service: Array<Maybe<string>>;
    federated: Array<Maybe<string>>;
  };
  not_principal: boolean;
  /** Lower-case, e.g. `s3:getobject`, `*`. */
  actions: Array<Maybe<string>>;
  not_actions: Array<Maybe<string>>;
  resources: Array<Maybe<string>>;
  not_resources: Array<Maybe<string>>;
  /** Condition block as written (operator -> key -> list of values), keys lower-case. */
  conditions: Record<string, Record<string, Array<Maybe<string>>>>;
}

/** What the loader concluded about a literal that may be a secret; the value itself is dropped. */
export interface SecretFacts {
  /**
   * A literal was written in the template (not a dynamic reference, not a parameter). A
   * parameter's Default counts (NoEcho or not); so does a literal in either branch of an Fn::If.
   */
  literal: boolean;
  /** `{{resolve:secretsmanager:...}}` / `{{resolve:ssm-secure:...}}` or a NoEcho parameter. */
  managed: boolean;
}

export interface EnvironmentVariable {
  /**
   * The value, or REDACTED (see model/compose.ts) when the name or value looks secret (judged as
   * Compose judges it). A bare `ref:<LogicalId>` and Unknowns are kept: they are not literals.
   */
  value: Maybe<string> | null;
  secret_name: boolean;
  secret_value: null | 'aws-access-key-id' | 'aws-secret-access-key' | 'private-key' | 'url-credentials' | 'token';
}

export interface S3Bucket {
  bucket_name: Maybe<string> | null;
  /** configured=false when no default encryption is declared (AWS then applies SSE-S3). bucket_key default false. */
  encryption: { configured: boolean; algorithm: Maybe<string> | null; kms_key_id: Maybe<string> | null; bucket_key: boolean };
  /** enabled: VersioningConfiguration Status is Enabled (default false). Templates cannot set MFA delete: false. */
  versioning: { enabled: boolean; mfa_delete: boolean };
  /** null when no public access block is configured on the bucket; a flag it omits is false. */
  public_access_block: null | {
    block_public_acls: Maybe<boolean>;
    ignore_public_acls: Maybe<boolean>;
    block_public_policy: Maybe<boolean>;
    restrict_public_buckets: Maybe<boolean>;
  };
  /** Canned ACL (`Private`, `PublicRead`, ...) or null. */
  acl: Maybe<string> | null;
  /** enabled: LoggingConfiguration is set; target_bucket null when it names none (the bucket itself). */
  logging: { enabled: boolean; target_bucket: Maybe<string> | null };
  /** ObjectLockEnabled, default false. */
  object_lock: boolean;
  /** From the AWS::S3::BucketPolicy naming the bucket; null when there is none. */
  policy: PolicyDocument | null;
  /** WebsiteConfiguration is set. */
  website: boolean;
}

/**
 * Defaults when omitted: encryption at rest, node-to-node encryption, HTTPS enforcement and fine
 * grained access off (false); tls_security_policy null (AWS's default applies); cluster of one
 * instance without zone awareness or dedicated masters.
 */
export interface OpenSearchDomain {
  /** AWS::Elasticsearch::Domain, or an OpenSearchService domain whose EngineVersion is `Elasticsearch_*`. */
  engine: 'opensearch' | 'elasticsearch';
  engine_version: Maybe<string> | null;
  encryption_at_rest: { enabled: Maybe<boolean>; kms_key_id: Maybe<string> | null };
  node_to_node_encryption: Maybe<boolean>;
  enforce_https: Maybe<boolean>;
  tls_security_policy: Maybe<string> | null;
  /**
   * Log types published: audit, index_slow, search_slow, application. True when the option is
   * present and Enabled; Unknown when present without Enabled; false when absent.
   */
  logging: { audit: boolean; index_slow: boolean; search_slow: boolean; application: boolean };
  fine_grained_access: { enabled: Maybe<boolean>; internal_user_database: Maybe<boolean> };
  /** VPCOptions is set. */
  in_vpc: boolean;
  access_policy: PolicyDocument | null;
  cluster: { instance_count: Maybe<number> | null; zone_awareness: Maybe<boolean>; dedicated_master: Maybe<boolean> };
}

export interface LambdaFunction {
  function_name: Maybe<string> | null;
  runtime: Maybe<string> | null;
  role: Maybe<string> | null;
  environment: Record<string, EnvironmentVariable>;
  kms_key_id: Maybe<string> | null;
  /** TracingConfig Mode: `Active` or `PassThrough` (the default). */
  tracing: Maybe<string> | null;
  /** VpcConfig with at least one subnet. */
  in_vpc: boolean;
  reserved_concurrency: Maybe<number> | null;
  dead_letter: boolean;
  code_signing: boolean;
  /** Function URL, if any (AWS::Lambda::Url). */
  url: null | { auth_type: Maybe<string> };
  /** Resource-based permissions (AWS::Lambda::Permission). */
  permissions: Array<{
    principal: Maybe<string>;
    action: Maybe<string>;
    source_arn: Maybe<string> | null;
    source_account: Maybe<string> | null;
    function_url_auth_type: Maybe<string> | null;
    /** PrincipalOrgID: only principals of this AWS Organization may invoke (absent: not read by the source). */
    principal_org_id?: Maybe<string> | null;
  }>;
  /**
   * The log group set in LoggingConfig, else the AWS::Logs::LogGroup named /aws/lambda/<name>,
   * else the retention CDK's `logRetention` sets on /aws/lambda/<name> through a
   * `Custom::LogRetention` resource (retention_days null when it sets none; kms_key_id null: it
   * cannot encrypt). null when none is declared; Unknown when LoggingConfig names a log group
   * the template does not declare.
   */
  log_group: null | { retention_days: Maybe<number> | null; kms_key_id: Maybe<string> | null };
}

export interface IamInlinePolicy {
  name: Maybe<string>;
  document: PolicyDocument;
}

export interface IamRole {
  role_name: Maybe<string> | null;
  assume_role_policy: PolicyDocument | null;
  /**
   * Inline policies plus AWS::IAM::Policy/ManagedPolicy/RolePolicy documents attached in the same
   * template (by the policy's Roles, or the role's ManagedPolicyArns naming `ref:<LogicalId>`).
   * An attached managed policy without ManagedPolicyName is named `ref:<LogicalId>`.
   */
  policies: IamInlinePolicy[];
  managed_policy_arns: Array<Maybe<string>>;
  permissions_boundary: Maybe<string> | null;
}

export interface IamUser {
  user_name: Maybe<string> | null;
  policies: IamInlinePolicy[];
  managed_policy_arns: Array<Maybe<string>>;
  groups: Array<Maybe<string>>;
  login_profile: boolean;
  /** Live only: from the credential report. */
  mfa_active?: boolean;
  access_keys?: Array<{ active: boolean; last_rotated_days: number | null; last_used_days: number | null }>;
}

export interface IamGroup {
  group_name: Maybe<string> | null;
  policies: IamInlinePolicy[];
  managed_policy_arns: Array<Maybe<string>>;
}

/**
 * A customer managed policy (AWS::IAM::ManagedPolicy) or a standalone AWS::IAM::Policy (also
 * AWS::IAM::RolePolicy/UserPolicy/GroupPolicy, whose single owner is the one entry of attached).
 */
export interface IamPolicy {
  policy_name: Maybe<string> | null;
  document: PolicyDocument;
  attached: { roles: Array<Maybe<string>>; users: Array<Maybe<string>>; groups: Array<Maybe<string>> };
}

/**
 * Defaults when omitted: key_spec SYMMETRIC_DEFAULT, key_usage ENCRYPT_DECRYPT, enabled true,
 * pending_window_days 30, multi_region false; policy null (AWS then applies its default policy).
 */
export interface KmsKey {
  /**
   * AWS default: false. Only symmetric encryption keys (SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT) whose
   * key material KMS generated (origin AWS_KMS) support automatic rotation.
   */
  key_rotation: Maybe<boolean>;
  key_spec: Maybe<string>;
  key_usage: Maybe<string>;
  /**
   * Where the key material comes from: `AWS_KMS` (the default), `EXTERNAL` (imported),
   * `AWS_CLOUDHSM` or `EXTERNAL_KEY_STORE` (custom key stores). Absent means `AWS_KMS`.
   */
  origin?: Maybe<string>;
  enabled: Maybe<boolean>;
  pending_window_days: Maybe<number> | null;
  multi_region: Maybe<boolean>;
  policy: PolicyDocument | null;
}

/**
 * Defaults when omitted: multi_region, log_file_validation and organization_trail false,
 * include_global_events true. IsLogging is required: Unknown when missing.
 */
export interface CloudTrailTrail {
  is_logging: Maybe<boolean>;
  multi_region: Maybe<boolean>;
  log_file_validation: Maybe<boolean>;
  include_global_events: Maybe<boolean>;
  kms_key_id: Maybe<string> | null;
  cloudwatch_logs_log_group: Maybe<string> | null;
  /** The role CloudTrail assumes to write to the log group: without it nothing is delivered. */
  cloudwatch_logs_role?: Maybe<string> | null;
  s3_bucket: Maybe<string> | null;
  organization_trail: Maybe<boolean>;
}

export interface LogGroup {
  log_group_name: Maybe<string> | null;
  /** null: never expires. */
  retention_days: Maybe<number> | null;
  kms_key_id: Maybe<string> | null;
}

export interface SqsQueue {
  /**
   * SqsManagedSseEnabled defaults to true for new queues; null kms when SSE-SQS. enabled is
   * false only with SqsManagedSseEnabled false and no KmsMasterKeyId.
   */
  encryption: { enabled: Maybe<boolean>; kms_key_id: Maybe<string> | null };
  policy: PolicyDocument | null;
}

export interface SnsTopic {
  kms_key_id: Maybe<string> | null;
  policy: PolicyDocument | null;
}

export interface DynamoDbTable {
  /**
   * Always encrypted at rest; customer_managed when SSESpecification.SSEEnabled with a KMS key
   * other than the AWS managed `alias/aws/dynamodb`.
   */
  encryption: { customer_managed: Maybe<boolean>; kms_key_id: Maybe<string> | null };
  point_in_time_recovery: Maybe<boolean>;
  deletion_protection: Maybe<boolean>;
}

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
}

/** Defaults when omitted: engine `redis`; encryption at rest and in transit and automatic failover false. */
export interface ElastiCacheReplicationGroup {
  /** Lower-case, as AWS reports it. */
  engine: Maybe<string> | null;
  at_rest_encryption: Maybe<boolean>;
  transit_encryption: Maybe<boolean>;
  kms_key_id: Maybe<string> | null;
  auth_token: SecretFacts | null;
  automatic_failover: Maybe<boolean>;
}

export interface SecurityGroupRule {
  /** Lower-case name (`tcp`, `udp`, `icmp`, `icmpv6`, also for 6/17/1/58), `-1` for all, else as written. */
  protocol: Maybe<string>;
  from_port: Maybe<number> | null;
  to_port: Maybe<number> | null;
  cidr_ipv4: Maybe<string> | null;
  cidr_ipv6: Maybe<string> | null;
  source_security_group: Maybe<string> | null;
  description: Maybe<string> | null;
}

export interface SecurityGroup {
  /**
   * Inline rules plus AWS::EC2::SecurityGroupIngress/Egress resources pointing at the group.
   * Without SecurityGroupEgress, egress holds EC2's default rule (protocol -1 to 0.0.0.0/0), which
   * has no line of its own: it points at the group.
   */
  ingress: SecurityGroupRule[];
  egress: SecurityGroupRule[];
}

/** An EBS volume a launch template (or launch configuration) attaches. */
export interface BlockDevice {
  device_name: Maybe<string> | null;
  /** null: not set, so the account's EBS encryption-by-default decides. */
  encrypted: Maybe<boolean> | null;
  snapshot_id: Maybe<string> | null;
}

/** AWS::EC2::LaunchTemplate (its LaunchTemplateData). */
export interface Ec2LaunchTemplate {
  metadata_options: {
    /** `required` enforces IMDSv2; null (not set) or `optional` allows IMDSv1. */
    http_tokens: Maybe<string> | null;
    /** `disabled` turns the metadata service off. */
    http_endpoint: Maybe<string> | null;
  };
  block_devices: BlockDevice[];
}

/** AWS::EC2::Volume. */
export interface Ec2Volume {
  /** null: not set, so the account's EBS encryption-by-default decides. */
  encrypted: Maybe<boolean> | null;
  kms_key_id: Maybe<string> | null;
  snapshot_id: Maybe<string> | null;
}

export interface ApiGatewayStage {
  /**
   * v1: REST API (AWS::ApiGateway::Stage, or the stage an AWS::ApiGateway::Deployment creates
   * with StageName and StageDescription); v2: HTTP or WebSocket API (AWS::ApiGatewayV2::Stage).
   */
  api_version?: 'v1' | 'v2';
  access_logging: boolean;
  /** TracingEnabled, default false; always false for v2 (no X-Ray tracing). */
  tracing: Maybe<boolean>;
  /** Lowest execution logging level over method settings: OFF, ERROR, INFO, or null. */
  execution_logging: Maybe<string> | null;
  /** CacheClusterEnabled (default false); always false for v2, which has no cache. */
  cache_enabled?: Maybe<boolean>;
  /** False when a method caches (CachingEnabled) without CacheDataEncrypted; true otherwise. */
  cache_encrypted: Maybe<boolean>;
  client_certificate: boolean;
}

/** Defaults when omitted: scan_on_push false, tag_mutability MUTABLE, encryption type AES256. */
export interface EcrRepository {
  scan_on_push: Maybe<boolean>;
  tag_mutability: Maybe<string>;
  encryption: { type: Maybe<string>; kms_key_id: Maybe<string> | null };
  policy: PolicyDocument | null;
}

export interface ElbListener {
  /** Unknown when omitted (it depends on the load balancer type). */
  protocol: Maybe<string>;
  port: Maybe<number> | null;
  ssl_policy: Maybe<string> | null;
  /** The default action redirects to HTTPS. */
  redirects_to_https: boolean;
}

/**
 * Live only: one per account, from the IAM credential report (`<root_account>` row), the
 * password policy and the account summary. Unknown where that input was not read.
 */
export interface IamAccount {
  root: { access_keys_active: Maybe<boolean>; mfa_active: Maybe<boolean>; hardware_mfa: Maybe<boolean> };
  /** null: the account has no password policy (IAM's defaults apply: 8 characters, nothing else). */
  password_policy:
    | null
    | Unknown
    | {
        minimum_length: number | null;
        require_symbols: boolean;
        require_numbers: boolean;
        require_uppercase: boolean;
        require_lowercase: boolean;
        /** null: passwords never expire. */
        max_age_days: number | null;
        /** null: old passwords may be reused. */
        reuse_prevention: number | null;
      };
}

/**
 * Live only: AWS Config in one region (resource id `<account>:<region>:config-recorder`).
 * exists false when the region has no configuration recorder.
 */
export interface ConfigRecorder {
  region: string;
  exists: boolean;
  recording: Maybe<boolean>;
  /** recordingGroup.allSupported (every supported type, also new ones). */
  all_supported: Maybe<boolean>;
  include_global_types: Maybe<boolean>;
}

/** Live only: the account's trails as a whole (resource id `<account>:cloudtrail`). */
export interface CloudTrailAccount {
  /** A multi-region trail that is logging exists. */
  multi_region_logging: Maybe<boolean>;
  trail_count: number;
}

/** Resource type names, as used in `Resource.type` and in policies. */
export const AWS_TYPES = {
  's3.bucket': 'aws.s3.bucket',
  'opensearch.domain': 'aws.opensearch.domain',
  'lambda.function': 'aws.lambda.function',
  'iam.role': 'aws.iam.role',
  'iam.user': 'aws.iam.user',
  'iam.group': 'aws.iam.group',
  'iam.policy': 'aws.iam.policy',
  'kms.key': 'aws.kms.key',
  'cloudtrail.trail': 'aws.cloudtrail.trail',
  'logs.log_group': 'aws.logs.log_group',
  'sqs.queue': 'aws.sqs.queue',
  'sns.topic': 'aws.sns.topic',
  'dynamodb.table': 'aws.dynamodb.table',
  'rds.instance': 'aws.rds.instance',
  'rds.cluster': 'aws.rds.cluster',
  'elasticache.replication_group': 'aws.elasticache.replication_group',
  'ec2.security_group': 'aws.ec2.security_group',
  'apigateway.stage': 'aws.apigateway.stage',
  'ecr.repository': 'aws.ecr.repository',
  'elbv2.listener': 'aws.elbv2.listener',
  'ec2.launch_template': 'aws.ec2.launch_template',
  'ec2.volume': 'aws.ec2.volume',
  'iam.account': 'aws.iam.account',
  'config.recorder': 'aws.config.recorder',
  'cloudtrail.account': 'aws.cloudtrail.account',
  'eks.cluster': 'aws.eks.cluster',
  'efs.file_system': 'aws.efs.file_system',
  'redshift.cluster': 'aws.redshift.cluster',
  'kinesis.stream': 'aws.kinesis.stream',
  'secretsmanager.secret': 'aws.secretsmanager.secret',
  'ec2.vpc': 'aws.ec2.vpc',
} as const;

/**
 * AWS::EKS::Cluster. Defaults when omitted: the API endpoint is public (EndpointPublicAccess
 * true) and open to 0.0.0.0/0 (PublicAccessCidrs), Kubernetes secrets are not envelope-encrypted
 * with a KMS key, and no control-plane log type is sent to CloudWatch Logs.
 */
export interface EksCluster {
  endpoint_public_access: Maybe<boolean>;
  endpoint_private_access: Maybe<boolean>;
  /** The CIDRs allowed to reach the public endpoint; ['0.0.0.0/0'] when omitted. */
  public_access_cidrs: Array<Maybe<string>>;
  /** An EncryptionConfig entry covers `secrets`. */
  secrets_encryption: Maybe<boolean>;
  /** Enabled control-plane log types, as written: api, audit, authenticator, controllerManager, scheduler. */
  log_types: Array<Maybe<string>>;
}

/** AWS::EFS::FileSystem. `Encrypted` defaults to false through CloudFormation and the API. */
export interface EfsFileSystem {
  encrypted: Maybe<boolean>;
  kms_key_id: Maybe<string> | null;
}

/**
 * AWS::Redshift::Cluster. Defaults when omitted follow Redshift's since January 2025: a new
 * cluster is encrypted (`Encrypted` true) and not publicly accessible; audit logging
 * (LoggingProperties) is off.
 */
export interface RedshiftCluster {
  encrypted: Maybe<boolean>;
  kms_key_id: Maybe<string> | null;
  publicly_accessible: Maybe<boolean>;
  /** LoggingProperties is set (to an S3 bucket or CloudWatch Logs). */
  audit_logging: Maybe<boolean>;
}

/** AWS::Kinesis::Stream. Without StreamEncryption a stream is not encrypted (`encryption_type` NONE). */
export interface KinesisStream {
  /** type: KMS or NONE. */
  encryption: { type: Maybe<string>; kms_key_id: Maybe<string> | null };
}

/**
 * AWS::SecretsManager::Secret. Without KmsKeyId the secret is encrypted with the AWS managed key
 * `aws/secretsmanager`; rotation is on when an AWS::SecretsManager::RotationSchedule of the
 * template names the secret (its lines are the rotation's).
 */
export interface SecretsManagerSecret {
  kms_key_id: Maybe<string> | null;
  /** KmsKeyId names a key other than the AWS managed one. */
  customer_managed_key: Maybe<boolean>;
  rotation: Maybe<boolean>;
}

/** AWS::EC2::VPC, with the AWS::EC2::FlowLog resources of the template whose ResourceId is the VPC. */
export interface Vpc {
  /** A flow log records the VPC's traffic (Unknown when one does only under a condition). */
  flow_logs: Maybe<boolean>;
}
