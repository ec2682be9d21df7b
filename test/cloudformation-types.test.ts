// Each normalized type, once with its settings omitted (the AWS defaults documented in
// src/model/aws/) and once with them written. Other types are ignored silently, SAM ones with
// a warning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isUnknown } from '../src/model/resource.js';
import { loadFixture } from './helpers/cloudformation.js';

const t = loadFixture('types.yaml');
const props = (name: string): Record<string, unknown> => t.get(name).properties;
/** Properties with every Unknown replaced by `?`, to compare shapes in one assertion. */
const shape = (name: string): unknown => JSON.parse(JSON.stringify(props(name)), (_k, v) => (isUnknown(v) ? '?' : v));

const nullPolicy = { policy: null };

test('the fixture loads without a problem; SAM and unknown types are not normalized', () => {
  assert.deepEqual(
    t.errors.map((e) => [e.level, e.line, e.message]),
    [['warning', t.line('  SamFunction:'), 'cloudformation: 1 SAM resource (AWS::Serverless::StateMachine) not analyzed: the SAM transform that turns them into CloudFormation resources is not applied (Serverless functions, APIs and simple tables are read as written)']],
  );
  const names = t.resources.map((r) => r.name);
  assert.ok(!names.includes('SamFunction') && !names.includes('UnknownType'));
});

test('S3 buckets', () => {
  assert.deepEqual(props('BareBucket'), {
    bucket_name: null,
    encryption: { configured: false, algorithm: null, kms_key_id: null, bucket_key: false },
    versioning: { enabled: false, mfa_delete: false },
    public_access_block: null,
    acl: null,
    logging: { enabled: false, target_bucket: null },
    object_lock: false,
    website: false,
    ...nullPolicy,
  });
  assert.deepEqual(props('FullBucket'), {
    bucket_name: 'full',
    encryption: { configured: false, algorithm: null, kms_key_id: null, bucket_key: false },
    versioning: { enabled: true, mfa_delete: false },
    public_access_block: { block_public_acls: true, ignore_public_acls: false, block_public_policy: false, restrict_public_buckets: true },
    acl: 'LogDeliveryWrite',
    logging: { enabled: true, target_bucket: 'ref:BareBucket' },
    object_lock: true,
    website: true,
    ...nullPolicy,
  });
});

test('OpenSearch and Elasticsearch domains', () => {
  const bare = {
    engine: 'opensearch',
    engine_version: null,
    encryption_at_rest: { enabled: false, kms_key_id: null },
    node_to_node_encryption: false,
    enforce_https: false,
    tls_security_policy: null,
    logging: { audit: false, index_slow: false, search_slow: false, application: false },
    fine_grained_access: { enabled: false, internal_user_database: false },
    in_vpc: false,
    access_policy: null,
    cluster: { instance_count: 1, zone_awareness: false, dedicated_master: false },
  };
  assert.deepEqual(props('BareSearch'), bare);
  assert.deepEqual(shape('FullSearch'), {
    engine: 'elasticsearch',
    engine_version: 'Elasticsearch_7.10',
    encryption_at_rest: { enabled: true, kms_key_id: 'key-1' },
    node_to_node_encryption: true,
    enforce_https: true,
    tls_security_policy: 'Policy-Min-TLS-1-2-2019-07',
    // A published log without Enabled: not known to be on or off.
    logging: { audit: true, index_slow: false, search_slow: '?', application: false },
    fine_grained_access: { enabled: true, internal_user_database: false },
    in_vpc: true,
    access_policy: {
      statements: [
        {
          sid: null,
          effect: 'Allow',
          principal: { any: false, aws: ['arn:aws:iam::111122223333:root'], service: [], federated: [] },
          not_principal: false,
          actions: ['es:*'],
          not_actions: [],
          resources: ['*'],
          not_resources: [],
          conditions: {},
        },
      ],
    },
    cluster: { instance_count: 3, zone_awareness: true, dedicated_master: true },
  });
  assert.deepEqual(props('LegacySearch'), { ...bare, engine: 'elasticsearch', engine_version: '6.8', cluster: { ...bare.cluster, instance_count: 2 } });
  assert.equal(t.get('LegacySearch').type, 'aws.opensearch.domain');
});

test('Lambda functions, with the log group named in LoggingConfig', () => {
  assert.deepEqual(props('BareFunction'), {
    function_name: null,
    runtime: null,
    role: 'arn:aws:iam::111122223333:role/fn',
    environment: {},
    kms_key_id: null,
    tracing: 'PassThrough',
    in_vpc: false,
    reserved_concurrency: null,
    dead_letter: false,
    code_signing: false,
    url: null,
    permissions: [],
    log_group: null,
  });
  assert.deepEqual(props('FullFunction'), {
    function_name: 'full',
    runtime: 'nodejs22.x',
    role: 'arn:aws:iam::111122223333:role/fn',
    environment: {},
    kms_key_id: 'arn:aws:kms:eu-west-1:111122223333:key/1',
    tracing: 'Active',
    in_vpc: true,
    reserved_concurrency: 5,
    dead_letter: true,
    code_signing: true,
    url: null,
    permissions: [],
    log_group: { retention_days: 90, kms_key_id: 'arn:aws:kms:eu-west-1:111122223333:key/2' },
  });
  assert.deepEqual(props('FullFunctionLogs'), { log_group_name: 'custom/full', retention_days: 90, kms_key_id: 'arn:aws:kms:eu-west-1:111122223333:key/2' });
});

test('IAM users, groups (with a GroupPolicy) and standalone policies', () => {
  assert.deepEqual(props('BareUser'), { user_name: null, policies: [], managed_policy_arns: [], groups: [], login_profile: false, login_password: null });
  assert.deepEqual(props('FullUser'), { user_name: 'ops', policies: [], managed_policy_arns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'], groups: ['ref:FullGroup'], login_profile: false, login_password: null });
  const deny = {
    sid: null,
    effect: 'Deny',
    principal: null,
    not_principal: false,
    actions: [],
    not_actions: ['iam:*'],
    resources: [],
    not_resources: ['arn:aws:iam::111122223333:role/x'],
    conditions: {},
  };
  assert.deepEqual(props('FullGroup'), { group_name: 'ops', policies: [{ name: 'group-inline', document: { statements: [deny] } }], managed_policy_arns: [] });
  assert.deepEqual(props('GroupPolicy'), { policy_name: 'group-inline', document: { statements: [deny] }, attached: { roles: [], users: [], groups: ['ref:FullGroup'] } });
});

test('KMS keys and CloudTrail trails', () => {
  assert.deepEqual(props('FullKey'), { key_rotation: true, key_spec: 'RSA_2048', key_usage: 'SIGN_VERIFY', origin: 'AWS_KMS', enabled: false, pending_window_days: 7, multi_region: true, policy: null });
  // Imported key material: KMS cannot rotate it, PAL-KMS-001 leaves it alone.
  assert.equal(props('ImportedKey').origin, 'EXTERNAL');
  assert.equal(t.at('ImportedKey', 'properties.origin')?.line, t.line('Origin: EXTERNAL'));
  assert.deepEqual(props('BareTrail'), {
    is_logging: true,
    multi_region: false,
    log_file_validation: false,
    include_global_events: true,
    kms_key_id: null,
    cloudwatch_logs_log_group: null,
    cloudwatch_logs_role: null,
    s3_bucket: 'ref:BareBucket',
    organization_trail: false,
  });
  assert.deepEqual(props('FullTrail'), {
    is_logging: false,
    multi_region: true,
    log_file_validation: true,
    include_global_events: false,
    kms_key_id: 'ref:FullKey',
    cloudwatch_logs_log_group: 'ref:FullFunctionLogs.Arn',
    cloudwatch_logs_role: 'arn:aws:iam::111122223333:role/trail-to-logs',
    s3_bucket: 'trail-bucket',
    organization_trail: true,
  });
});

test('SQS queues, SNS topics and DynamoDB tables', () => {
  assert.deepEqual(props('BareQueue'), { encryption: { enabled: true, kms_key_id: null }, ...nullPolicy });
  assert.deepEqual(props('KmsQueue'), { encryption: { enabled: true, kms_key_id: 'alias/aws/sqs' }, ...nullPolicy });
  assert.deepEqual(props('BareTopic'), { kms_key_id: null, ...nullPolicy });
  assert.deepEqual(props('BareTable'), { encryption: { customer_managed: false, kms_key_id: null }, point_in_time_recovery: false, deletion_protection: false });
  assert.deepEqual(props('FullTable'), { encryption: { customer_managed: true, kms_key_id: 'ref:FullKey' }, point_in_time_recovery: true, deletion_protection: true });
});

test('RDS instances and clusters: defaults, restores and serverless', () => {
  const bare = {
    engine: null,
    cluster_id: null,
    read_replica: false,
    storage_encrypted: false,
    kms_key_id: null,
    publicly_accessible: '?',
    backup_retention_days: 1,
    deletion_protection: false,
    iam_authentication: false,
    multi_az: false,
    log_exports: [],
    master_password: null,
    manage_master_password: false,
    monitoring_interval: 0,
    auto_minor_version_upgrade: true,
    port: null,
    copy_tags_to_snapshot: false,
  };
  const cluster = { monitoring_interval: null, auto_minor_version_upgrade: null };
  assert.deepEqual(shape('BareDb'), bare);
  assert.deepEqual(shape('FullDb'), {
    ...bare,
    engine: 'mysql',
    storage_encrypted: true,
    kms_key_id: 'ref:FullKey',
    publicly_accessible: false,
    backup_retention_days: 14,
    deletion_protection: true,
    iam_authentication: true,
    multi_az: true,
    log_exports: ['error', 'audit'],
    manage_master_password: true,
  });
  assert.deepEqual(shape('RestoredDb'), { ...bare, storage_encrypted: '?', port: '?' }, 'a restored instance inherits its encryption and port');
  assert.deepEqual(shape('ServerlessCluster'), { ...bare, ...cluster, engine: 'aurora-mysql', storage_encrypted: true, multi_az: '?' });
  assert.deepEqual(shape('MultiAzCluster'), { ...bare, ...cluster, engine: 'postgres', multi_az: true });
});

test('RDS read replicas: a source without restore properties; Unknown when the source may be absent', () => {
  const replica = (name: string): unknown => props(name).read_replica;
  assert.equal(replica('ReplicaDb'), true);
  // The line naming the source: `Properties:` is one line below the logical id.
  assert.equal(t.at('ReplicaDb', 'properties.read_replica')?.line, t.line('  ReplicaDb:') + 3);
  assert.equal(replica('ClusterReplicaDb'), true, 'a read replica of a Multi-AZ DB cluster');
  assert.equal(t.at('ClusterReplicaDb', 'properties.read_replica')?.line, t.line('SourceDBClusterIdentifier: !Ref MultiAzCluster'));
  assert.ok(isUnknown(props('ClusterReplicaDb').storage_encrypted), 'a replica inherits its encryption');
  assert.ok(isUnknown(props('ClusterReplicaDb').port), 'a replica without Port inherits its source\'s');
  assert.ok(isUnknown(replica('MaybeReplicaDb')), 'behind Fn::If with an AWS::NoValue branch');
  assert.equal(replica('PointInTimeDb'), false, 'a point-in-time restore is a database of its own');
  assert.equal(replica('NotRestoredReplicaDb'), true, 'UseLatestRestorableTime: false restores nothing');
  assert.equal(replica('ReplicaCluster'), true);
  assert.equal(t.at('ReplicaCluster', 'properties.read_replica')?.line, t.line('ReplicationSourceIdentifier:'));
  assert.equal(replica('ClonedCluster'), false, "a cluster's SourceDBClusterIdentifier clones it");
  assert.equal(replica('RestoredDb'), false, 'restored from a snapshot');
});

test('ElastiCache replication groups', () => {
  assert.deepEqual(props('BareCache'), { engine: 'redis', at_rest_encryption: false, transit_encryption: false, kms_key_id: null, auth_token: null, automatic_failover: false });
  assert.deepEqual(props('FullCache'), {
    engine: 'valkey',
    at_rest_encryption: true,
    transit_encryption: true,
    kms_key_id: 'key-3',
    auth_token: { literal: false, managed: true },
    automatic_failover: true,
  });
});

test('security groups: written egress replaces the default; protocols by name', () => {
  assert.deepEqual(props('ClosedGroup'), {
    default_group: false,
    ingress: [
      { protocol: 'udp', from_port: 53, to_port: 53, cidr_ipv4: null, cidr_ipv6: '::/0', source_security_group: null, description: null },
      { protocol: 'tcp', from_port: 5432, to_port: 5432, cidr_ipv4: null, cidr_ipv6: null, source_security_group: 'sg-app', description: null },
    ],
    egress: [{ protocol: '-1', from_port: null, to_port: null, cidr_ipv4: null, cidr_ipv6: null, source_security_group: 'sg-peer', description: 'to the peer only' }],
  });
});

test('API Gateway stages, REST and WebSocket', () => {
  const bare = { api_version: 'v1', access_logging: false, tracing: false, execution_logging: null, cache_enabled: false, cache_encrypted: true, client_certificate: false, web_acl: null };
  // No RestApiId of the template: its integrations cannot be seen.
  const unseen = { $unknown: 'the REST API is not a resource of the template' };
  assert.deepEqual(props('BareStage'), { ...bare, http_backend: unseen });
  assert.deepEqual(props('FullStage'), { ...bare, http_backend: unseen, access_logging: true, tracing: true, execution_logging: 'ERROR', cache_enabled: true, client_certificate: true });
  assert.equal(t.at('FullStage', 'properties.execution_logging')?.line, t.line('LoggingLevel: ERROR'));
  assert.deepEqual(props('WebSocketStage'), { ...bare, http_backend: false, api_version: 'v2', access_logging: true, execution_logging: 'OFF' });
  assert.equal(t.at('WebSocketStage', 'properties.execution_logging')?.line, t.line('$connect:'));
});

test('ECR repositories, with a policy written as a JSON string', () => {
  assert.deepEqual(props('BareRepository'), { scan_on_push: false, tag_mutability: 'MUTABLE', encryption: { type: 'AES256', kms_key_id: null }, ...nullPolicy, lifecycle_policy: false });
  const full = props('FullRepository') as any;
  assert.deepEqual(full.encryption, { type: 'KMS', kms_key_id: 'key-4' });
  assert.deepEqual([full.scan_on_push, full.tag_mutability], [true, 'IMMUTABLE']);
  assert.deepEqual(full.policy.statements.map((s: any) => [s.principal.any, s.actions]), [[true, ['ecr:batchgetimage']]]);
  assert.equal(t.at('FullRepository', 'properties.policy.statements.0')?.line, t.line('RepositoryPolicyText:'));
});

test('load balancer listeners', () => {
  assert.deepEqual(props('HttpListener'), { protocol: 'HTTP', port: 80, ssl_policy: null, redirects_to_https: true });
  assert.deepEqual(props('TlsListener'), { protocol: 'HTTPS', port: 443, ssl_policy: 'ELBSecurityPolicy-TLS13-1-2-2021-06', redirects_to_https: false });
});
