/**
 * AWS Config item types other than S3 and IAM, each into its model shape (src/model/aws/).
 * Config writes older types in the service's Describe shape (camelCase: `storageEncrypted`) and
 * newer ones in the CloudFormation schema shape (PascalCase: `KmsMasterKeyId`); keys are read
 * without regard to case. A field the item does not carry is Unknown, never a default guessed.
 */
import type {
  ApiGatewayStage, CloudTrailTrail, DynamoDbTable, EcrRepository, ElastiCacheReplicationGroup, ElbListener, KmsKey, LambdaFunction, LogGroup,
  OpenSearchDomain, RdsDatabase, SecurityGroup, SecurityGroupRule, SnsTopic, SqsQueue,
} from '../../../model/aws/index.js';
import { AWS_TYPES } from '../../../model/aws/index.js';
import { unknown } from '../../../model/resource.js';
import { environmentVariable } from '../../cloudformation/secrets.js';
import { PROTOCOL_NUMBERS } from '../../cloudformation/normalize/network.js';
import type { ConfigItem } from './item.js';
import { itemByRef } from './inventory.js';
import { policyDocument } from './policy.js';
import { at, bool, get, isObj, json, list, notReported, num, str, strs } from './read.js';
import { EC2_CONFIG_TYPES } from './ec2.js';
import { EKS_CONFIG_TYPES } from './eks.js';
import { EFS_CONFIG_TYPES } from './efs.js';
import { REDSHIFT_CONFIG_TYPES } from './redshift.js';
import { KINESIS_CONFIG_TYPES } from './kinesis.js';
import { SECRETSMANAGER_CONFIG_TYPES } from './secretsmanager.js';
import { mskCluster } from './msk.js';
import { mqBroker } from './mq.js';
import { docDbCluster } from './docdb.js';
import { neptuneCluster } from './neptune.js';
import { ECS_CONFIG_TYPES } from './ecs.js';
import { CLOUDFRONT_CONFIG_TYPES } from './cloudfront.js';
import { ELB_CONFIG_TYPES } from './elb.js';
import { AUTOSCALING_CONFIG_TYPES } from './autoscaling.js';
import { WAFV2_CONFIG_TYPES } from './wafv2.js';

export interface Inventory {
  items: ConfigItem[];
  /** `<resourceType>|<resourceName>`: to link a function to its log group. */
  byName: Map<string, ConfigItem>;
  /** Whether the region's recorder records a type (false when not known). */
  records: (resourceType: string) => boolean;
}

export interface ConfigNormalization {
  type: string;
  normalize: (item: ConfigItem, inv: Inventory) => object[];
  /** The model type when it depends on the item (one Config type for several services). */
  typeOf?: (item: ConfigItem) => string;
}

/** DocumentDB and Neptune clusters are AWS::RDS::DBCluster items told apart by engine. */
const CLUSTER_ENGINES: Record<string, { type: string; normalize: (item: ConfigItem) => object }> = {
  docdb: { type: AWS_TYPES['docdb.cluster'], normalize: docDbCluster },
  neptune: { type: AWS_TYPES['neptune.cluster'], normalize: neptuneCluster },
};
const clusterEngine = (item: ConfigItem) => CLUSTER_ENGINES[String(str(get(item.configuration, 'engine'))).toLowerCase()];

/** The first of several spellings AWS uses for one field. */
const first = (o: unknown, ...keys: string[]): unknown => {
  for (const k of keys) {
    const v = get(o, k);
    if (v !== undefined) return v;
  }
  return undefined;
};
/** A boolean the item must carry: Unknown when absent. */
const flag = (o: unknown, what: string, ...keys: string[]) => bool(first(o, ...keys), notReported(what));

/**
 * AWS::Lambda::Function items are GetFunctionConfiguration's shape (`deadLetterConfig.targetArn`,
 * `kmsKeyArn`, `tracingConfig.mode`: schema-checked); reserved concurrency only in
 * supplementaryConfiguration.Concurrency, the resource policy in supplementaryConfiguration.Policy.
 */
function lambdaFunction(item: ConfigItem, inv: Inventory): LambdaFunction {
  const c = item.configuration;
  const name = str(get(c, 'functionName')) ?? item.resourceName;
  const vars = at(c, 'environment', 'variables');
  const environment = Object.fromEntries(
    Object.entries(isObj(vars) ? vars : {}).map(([k, v]) => [k, environmentVariable(k, typeof v === 'string' ? v : str(v), () => false)]),
  );
  const policy = policyDocument(get(item.supplementary, 'Policy'));
  const statements = policy && 'statements' in policy ? policy.statements : [];
  const urlStatement = statements.find((s) => s.actions.includes('lambda:invokefunctionurl'));
  const cond = (s: (typeof statements)[number], key: string) => {
    for (const block of Object.values(s.conditions ?? {})) if (block[key]) return block[key]![0] ?? null;
    return null;
  };
  const logGroupName = str(at(c, 'loggingConfig', 'logGroup')) ?? (typeof name === 'string' ? `/aws/lambda/${name}` : null);
  const group = typeof logGroupName === 'string' ? inv.byName.get(`AWS::Logs::LogGroup|${logGroupName}`) : undefined;
  return {
    function_name: name,
    runtime: str(get(c, 'runtime')),
    role: str(get(c, 'role')),
    environment,
    kms_key_id: str(get(c, 'kmsKeyArn')),
    tracing: str(at(c, 'tracingConfig', 'mode')) ?? 'PassThrough',
    in_vpc: strs(at(c, 'vpcConfig', 'subnetIds')).length > 0,
    // Config records reserved concurrency only as supplementaryConfiguration.Concurrency (none when unreserved).
    reserved_concurrency: num(at(item.supplementary, 'Concurrency', 'reservedConcurrentExecutions')),
    dead_letter: typeof str(at(c, 'deadLetterConfig', 'targetArn')) === 'string',
    code_signing: notReported('the code signing configuration') as unknown as boolean,
    // A function URL shows in the resource policy: the statement allowing lambda:InvokeFunctionUrl.
    url: urlStatement ? { auth_type: cond(urlStatement, 'lambda:functionurlauthtype') ?? notReported('the function URL auth type') } : (policy === null ? unknown('the function may have a URL, which AWS Config does not record') : unknown('no URL permission in the resource policy; AWS Config does not record URLs')) as unknown as null,
    permissions: statements.filter((s) => s.effect === 'Allow').map((s) => ({
      principal: s.principal === null ? notReported('the principal') : s.principal.any ? '*' : ([...s.principal.service, ...s.principal.aws][0] ?? notReported('the principal')),
      action: s.actions[0] ?? notReported('the action'),
      source_arn: cond(s, 'aws:sourcearn'),
      source_account: cond(s, 'aws:sourceaccount'),
      function_url_auth_type: cond(s, 'lambda:functionurlauthtype'),
      principal_org_id: cond(s, 'aws:principalorgid'),
    })),
    log_group: group ? { retention_days: num(get(group.configuration, 'retentionInDays')), kms_key_id: str(get(group.configuration, 'kmsKeyId')) } : (unknown(`the log group ${String(logGroupName)} is not in the inventory`) as unknown as null),
  } as LambdaFunction;
}

const LOG_TYPES = { audit: 'AUDIT_LOGS', index_slow: 'INDEX_SLOW_LOGS', search_slow: 'SEARCH_SLOW_LOGS', application: 'ES_APPLICATION_LOGS' } as const;

/**
 * AWS::OpenSearch::Domain items are in the CloudFormation shape (PascalCase: `EncryptionAtRestOptions`,
 * `DomainEndpointOptions.TLSSecurityPolicy`, `LogPublishingOptions.AUDIT_LOGS.Enabled`, `VPCOptions`),
 * AWS::Elasticsearch::Domain items in the Describe shape (camelCase); both checked against AWS's
 * Config resource schema. `AccessPolicies` is JSON text (the schema lists no policy text of any type).
 */
function openSearchDomain(item: ConfigItem): OpenSearchDomain {
  const c = item.configuration;
  const version = str(first(c, 'engineVersion', 'elasticsearchVersion'));
  const logs = get(c, 'logPublishingOptions');
  const logging = Object.fromEntries(Object.entries(LOG_TYPES).map(([k, key]) => [k, bool(get(get(logs, key), 'enabled'), false) === true])) as OpenSearchDomain['logging'];
  const vpc = first(c, 'vpcOptions', 'vPCOptions');
  const cluster = first(c, 'clusterConfig', 'elasticsearchClusterConfig');
  return {
    engine: item.resourceType === 'AWS::Elasticsearch::Domain' || (typeof version === 'string' && version.startsWith('Elasticsearch_')) ? 'elasticsearch' : 'opensearch',
    engine_version: version,
    encryption_at_rest: { enabled: flag(get(c, 'encryptionAtRestOptions'), 'encryption at rest', 'enabled'), kms_key_id: str(at(c, 'encryptionAtRestOptions', 'kmsKeyId')) },
    node_to_node_encryption: flag(get(c, 'nodeToNodeEncryptionOptions'), 'node-to-node encryption', 'enabled'),
    enforce_https: flag(get(c, 'domainEndpointOptions'), 'HTTPS enforcement', 'enforceHTTPS'),
    tls_security_policy: str(at(c, 'domainEndpointOptions', 'tlsSecurityPolicy')),
    logging: logs === undefined ? (notReported('log publishing') as unknown as OpenSearchDomain['logging']) : logging,
    fine_grained_access: { enabled: flag(get(c, 'advancedSecurityOptions'), 'fine-grained access control', 'enabled'), internal_user_database: bool(at(c, 'advancedSecurityOptions', 'internalUserDatabaseEnabled'), false) },
    in_vpc: strs(get(vpc, 'subnetIds')).length > 0 || isObj(at(c, 'endpoints')) && get(at(c, 'endpoints'), 'vpc') !== undefined,
    access_policy: policyDocument(get(c, 'accessPolicies')) as OpenSearchDomain['access_policy'],
    cluster: { instance_count: num(get(cluster, 'instanceCount')), zone_awareness: bool(get(cluster, 'zoneAwarenessEnabled'), false), dedicated_master: bool(get(cluster, 'dedicatedMasterEnabled'), false) },
  };
}

/**
 * AWS::KMS::Key: Config records rotation only as supplementaryConfiguration.KeyRotationStatus
 * (schema-checked; `configuration.keyRotationEnabled` is read as a fallback for older snapshots).
 * The key policy is not in the schema (it lists no policy text of any type), but Config records it
 * (its managed rule kms-key-policy-no-public-access is change-triggered on this type): it is read
 * from supplementaryConfiguration.Policy, and is Unknown when absent.
 */
function kmsKey(item: ConfigItem): KmsKey[] {
  const c = item.configuration;
  // Keys AWS manages for a service (alias/aws/...) are rotated by AWS and not the account's to change.
  if (str(get(c, 'keyManager')) === 'AWS') return [];
  const rotation = first(item.supplementary, 'KeyRotationStatus') ?? first(c, 'keyRotationEnabled', 'enableKeyRotation');
  return [{
    key_rotation: bool(isObj(rotation) ? get(rotation, 'keyRotationEnabled') : rotation, notReported('key rotation')),
    key_spec: str(first(c, 'keySpec', 'customerMasterKeySpec')) ?? 'SYMMETRIC_DEFAULT',
    key_usage: str(get(c, 'keyUsage')) ?? 'ENCRYPT_DECRYPT',
    origin: str(get(c, 'origin')) ?? 'AWS_KMS',
    enabled: bool(get(c, 'enabled'), str(get(c, 'keyState')) === null ? notReported('the key state') : str(get(c, 'keyState')) === 'Enabled'),
    pending_window_days: num(get(c, 'pendingDeletionWindowInDays')),
    key_state: str(get(c, 'keyState')),
    multi_region: bool(get(c, 'multiRegion'), false),
    policy: (get(item.supplementary, 'Policy') === undefined && get(c, 'keyPolicy') === undefined ? notReported('the key policy') : policyDocument(first(item.supplementary, 'Policy') ?? get(c, 'keyPolicy'))) as KmsKey['policy'],
  }];
}

/**
 * AWS::CloudTrail::Trail items are DescribeTrails' shape (schema-checked). Whether the trail is
 * logging is GetTrailStatus, which AWS Config does not record (not in its schema): `isLogging` is
 * read where a snapshot or another reader put it, otherwise it is Unknown and the CloudTrail API
 * (src/sources/aws/) decides.
 */
function cloudTrail(item: ConfigItem): CloudTrailTrail {
  const c = item.configuration;
  const logging = first(c, 'isLogging') ?? first(item.supplementary, 'IsLogging') ?? at(item.supplementary, 'TrailStatus', 'isLogging');
  return {
    is_logging: bool(logging, notReported('the trail status')),
    multi_region: bool(get(c, 'isMultiRegionTrail'), false),
    log_file_validation: bool(get(c, 'logFileValidationEnabled'), false),
    include_global_events: bool(get(c, 'includeGlobalServiceEvents'), true),
    kms_key_id: str(get(c, 'kmsKeyId')),
    cloudwatch_logs_log_group: str(get(c, 'cloudWatchLogsLogGroupArn')),
    s3_bucket: str(get(c, 's3BucketName')),
    organization_trail: bool(get(c, 'isOrganizationTrail'), false),
  };
}

const logGroup = (item: ConfigItem): LogGroup => ({
  log_group_name: str(get(item.configuration, 'logGroupName')) ?? item.resourceName,
  retention_days: num(get(item.configuration, 'retentionInDays')),
  kms_key_id: str(get(item.configuration, 'kmsKeyId')),
});

/**
 * AWS::SQS::Queue and AWS::SNS::Topic items carry the GetQueueAttributes / GetTopicAttributes names
 * (`KmsMasterKeyId`, `SqsManagedSseEnabled` as "true"/"false": schema-checked). `Policy` (JSON text)
 * is not in the schema, which lists no policy text of any type; Config's change-triggered managed
 * rules sqs-queue-no-public-access and sns-topic-no-public-access judge it from the item. Absent, it
 * is Unknown: the public-policy rules stay silent rather than guess.
 */
function sqsQueue(item: ConfigItem): SqsQueue {
  const c = item.configuration;
  const kms = str(get(c, 'kmsMasterKeyId'));
  const managed = bool(get(c, 'sqsManagedSseEnabled'), notReported('SSE-SQS'));
  return {
    encryption: { enabled: typeof kms === 'string' ? true : managed, kms_key_id: kms },
    policy: (get(c, 'policy') === undefined ? notReported('the queue policy') : policyDocument(get(c, 'policy'))) as SqsQueue['policy'],
  };
}

function snsTopic(item: ConfigItem): SnsTopic {
  const c = item.configuration;
  return {
    kms_key_id: str(get(c, 'kmsMasterKeyId')),
    policy: (get(c, 'policy') === undefined ? notReported('the topic policy') : policyDocument(get(c, 'policy'))) as SnsTopic['policy'],
  };
}

/**
 * AWS::DynamoDB::Table items are DescribeTable's shape; AWS's Config schema spells the SSE block
 * `ssedescription.{status,ssetype,kmsmasterKeyArn}` (keys are matched without regard to case, so
 * `sSEDescription`/`SSEDescription` read the same). Point-in-time recovery is only in
 * supplementaryConfiguration.ContinuousBackupsDescription.
 */
function dynamoDbTable(item: ConfigItem, inv: Inventory): DynamoDbTable {
  const c = item.configuration;
  const sse = first(c, 'sSEDescription', 'sseDescription');
  const enabled = str(get(sse, 'status')) === 'ENABLED' && str(get(sse, 'sSEType')) === 'KMS';
  const keyArn = str(first(sse, 'kMSMasterKeyArn', 'kmsMasterKeyArn'));
  // The table's KMS key is the account's own unless its key item says AWS manages it.
  const key = typeof keyArn === 'string' ? itemByRef(inv, 'AWS::KMS::Key', keyArn) : undefined;
  const pitr = at(item.supplementary, 'ContinuousBackupsDescription', 'pointInTimeRecoveryDescription', 'pointInTimeRecoveryStatus');
  return {
    encryption: {
      customer_managed: !enabled ? false : key ? str(get(key.configuration, 'keyManager')) === 'CUSTOMER' : unknown('the table key is not in the inventory: it may be the AWS managed key'),
      kms_key_id: keyArn,
    },
    point_in_time_recovery: pitr === undefined ? notReported('point-in-time recovery') : pitr === 'ENABLED',
    // Not in AWS Config's published schema for AWS::DynamoDB::Table: Unknown when absent.
    deletion_protection: bool(get(c, 'deletionProtectionEnabled'), notReported('deletion protection')),
  };
}

/** RDS items are DescribeDBInstances/DBClusters' shape (`multiAZ`, `enabledCloudwatchLogsExports`, `dBClusterIdentifier`: schema-checked). */
function rds(item: ConfigItem, kind: 'instance' | 'cluster'): RdsDatabase {
  const c = item.configuration;
  const engine = str(get(c, 'engine'));
  const clusterId = kind === 'instance' ? str(get(c, 'dBClusterIdentifier')) : null;
  const fromCluster = <T>(v: T): T => (clusterId !== null ? (unknown('managed by the DB cluster') as unknown as T) : v);
  return {
    engine: typeof engine === 'string' ? engine.toLowerCase() : engine,
    cluster_id: clusterId,
    read_replica: kind === 'instance' ? str(first(c, 'readReplicaSourceDBInstanceIdentifier', 'readReplicaSourceDBClusterIdentifier')) !== null : str(get(c, 'replicationSourceIdentifier')) !== null,
    storage_encrypted: fromCluster(bool(get(c, 'storageEncrypted'), notReported('storage encryption'))),
    kms_key_id: fromCluster(str(get(c, 'kmsKeyId'))),
    publicly_accessible: bool(get(c, 'publiclyAccessible'), kind === 'cluster' ? unknown('depends on the instances of the cluster') : notReported('public accessibility')),
    backup_retention_days: fromCluster(num(get(c, 'backupRetentionPeriod'), notReported('backup retention'))),
    deletion_protection: fromCluster(bool(get(c, 'deletionProtection'), notReported('deletion protection'))),
    iam_authentication: fromCluster(bool(first(c, 'iAMDatabaseAuthenticationEnabled', 'iamDatabaseAuthenticationEnabled'), false)),
    multi_az: bool(first(c, 'multiAZ'), kind === 'cluster' ? unknown('depends on the instances of the cluster') : false),
    log_exports: strs(get(c, 'enabledCloudwatchLogsExports')),
    // The password is never in a live configuration.
    master_password: null,
    manage_master_password: get(c, 'masterUserSecret') !== undefined && get(c, 'masterUserSecret') !== null,
    monitoring_interval: kind === 'instance' ? num(get(c, 'monitoringInterval'), notReported('the monitoring interval')) : null,
    auto_minor_version_upgrade: kind === 'instance' ? bool(get(c, 'autoMinorVersionUpgrade'), notReported('automatic minor version upgrades')) : null,
    // An instance's endpoint names its port (dbInstancePort is 0 outside some cluster set-ups).
    port: fromCluster(num(kind === 'instance' ? (at(c, 'endpoint', 'port') ?? get(c, 'dbInstancePort')) : get(c, 'port'), notReported('the port'))),
    copy_tags_to_snapshot: fromCluster(bool(get(c, 'copyTagsToSnapshot'), notReported('copying tags to snapshots'))),
  };
}

function elastiCache(item: ConfigItem): ElastiCacheReplicationGroup {
  const c = item.configuration;
  const failover = str(get(c, 'automaticFailover'));
  return {
    engine: (str(get(c, 'engine')) ?? 'redis').toString().toLowerCase(),
    at_rest_encryption: bool(get(c, 'atRestEncryptionEnabled'), false),
    transit_encryption: bool(get(c, 'transitEncryptionEnabled'), false),
    kms_key_id: str(get(c, 'kmsKeyId')),
    auth_token: null,
    automatic_failover: failover === null ? notReported('automatic failover') : failover === 'enabled' || failover === 'enabling',
  };
}

/** One model rule per address range or peer group of each EC2 IpPermission. */
function permissions(v: unknown): SecurityGroupRule[] {
  const out: SecurityGroupRule[] = [];
  for (const p of list(v)) {
    const raw = str(get(p, 'ipProtocol')) ?? '-1';
    const protocol = typeof raw === 'string' ? (PROTOCOL_NUMBERS[raw] ?? raw.toLowerCase()) : raw;
    const all = protocol === '-1';
    const base = { protocol, from_port: all ? null : num(get(p, 'fromPort')), to_port: all ? null : num(get(p, 'toPort')), cidr_ipv4: null, cidr_ipv6: null, source_security_group: null, description: null };
    for (const r of list(get(p, 'ipv4Ranges'))) out.push({ ...base, cidr_ipv4: str(get(r, 'cidrIp')), description: str(get(r, 'description')) });
    // Older items list IPv4 ranges as plain strings.
    if (list(get(p, 'ipv4Ranges')).length === 0) for (const r of list(get(p, 'ipRanges'))) if (typeof r === 'string') out.push({ ...base, cidr_ipv4: r });
    for (const r of list(get(p, 'ipv6Ranges'))) out.push({ ...base, cidr_ipv6: str(get(r, 'cidrIpv6')), description: str(get(r, 'description')) });
    for (const g of list(get(p, 'userIdGroupPairs'))) out.push({ ...base, source_security_group: str(get(g, 'groupId')), description: str(get(g, 'description')) });
    for (const l of list(get(p, 'prefixListIds'))) out.push({ ...base, source_security_group: str(get(l, 'prefixListId')), description: str(get(l, 'description')) });
  }
  return out;
}

const securityGroup = (item: ConfigItem): SecurityGroup => ({
  default_group: str(get(item.configuration, 'groupName')) === 'default',
  ingress: permissions(get(item.configuration, 'ipPermissions')), egress: permissions(get(item.configuration, 'ipPermissionsEgress')) });

const LEVELS = ['OFF', 'ERROR', 'INFO'];

/**
 * AWS::ApiGateway::Stage items are GetStage's shape (camelCase; `accessLogSettings.destinationArn`,
 * `tracingEnabled`, `cacheClusterEnabled` schema-checked). `methodSettings` is keyed by
 * `resource/method` (`*\/*`), so the schema, which lists fixed paths only, cannot name it: a cache
 * with no method settings in the item leaves its encryption Unknown.
 */
function restStage(item: ConfigItem): ApiGatewayStage {
  const c = item.configuration;
  const methods = json(get(c, 'methodSettings'));
  const cacheOn = bool(get(c, 'cacheClusterEnabled'), false);
  const settings = isObj(methods) ? Object.values(methods) : [];
  const levels = settings.map((s) => String(get(s, 'loggingLevel') ?? '').toUpperCase()).filter((l) => LEVELS.includes(l));
  const lowest = levels.sort((a, b) => LEVELS.indexOf(a) - LEVELS.indexOf(b))[0] ?? null;
  const uncached = settings.some((s) => bool(get(s, 'cachingEnabled'), false) === true && bool(get(s, 'cacheDataEncrypted'), false) !== true);
  return {
    api_version: 'v1',
    access_logging: typeof str(at(c, 'accessLogSettings', 'destinationArn')) === 'string',
    tracing: bool(get(c, 'tracingEnabled'), false),
    execution_logging: lowest,
    cache_enabled: cacheOn,
    cache_encrypted: uncached ? false : cacheOn === true && !isObj(methods) ? notReported('the method settings of a caching stage') : true,
    client_certificate: typeof str(get(c, 'clientCertificateId')) === 'string',
    web_acl: str(get(c, 'webAclArn')) ?? null,
    // The stage item names no integrations, and AWS Config records no methods.
    http_backend: notReported("the integrations of the stage's API"),
  };
}

function httpStage(item: ConfigItem): ApiGatewayStage {
  const c = item.configuration;
  const routes = json(get(c, 'routeSettings'));
  const settings = [get(c, 'defaultRouteSettings'), ...(isObj(routes) ? Object.values(routes) : [])];
  const levels = settings.map((s) => String(get(s, 'loggingLevel') ?? '').toUpperCase()).filter((l) => LEVELS.includes(l));
  return {
    api_version: 'v2',
    access_logging: typeof str(at(c, 'accessLogSettings', 'destinationArn')) === 'string',
    tracing: false,
    execution_logging: levels.sort((a, b) => LEVELS.indexOf(a) - LEVELS.indexOf(b))[0] ?? null,
    cache_enabled: false,
    cache_encrypted: true,
    client_certificate: typeof str(get(c, 'clientCertificateId')) === 'string',
    web_acl: null,
    http_backend: false,
  };
}

function ecrRepository(item: ConfigItem): EcrRepository {
  const c = item.configuration;
  const policy = first(c, 'repositoryPolicyText');
  return {
    scan_on_push: bool(at(c, 'imageScanningConfiguration', 'scanOnPush'), false),
    tag_mutability: str(get(c, 'imageTagMutability')) ?? 'MUTABLE',
    encryption: { type: str(at(c, 'encryptionConfiguration', 'encryptionType')) ?? 'AES256', kms_key_id: str(at(c, 'encryptionConfiguration', 'kmsKey')) },
    policy: (policy === undefined ? null : policyDocument(policy)) as EcrRepository['policy'],
    // Config records a repository's LifecyclePolicy block (its RegistryId) only when one is set.
    lifecycle_policy: get(c, 'LifecyclePolicy') !== undefined && get(c, 'LifecyclePolicy') !== null,
  };
}

function elbListener(item: ConfigItem): ElbListener {
  const c = item.configuration;
  const actions = list(get(c, 'defaultActions'));
  return {
    protocol: str(get(c, 'protocol')) ?? notReported('the listener protocol'),
    port: num(get(c, 'port')),
    ssl_policy: str(get(c, 'sslPolicy')),
    redirects_to_https: actions.some((a) => str(get(a, 'type')) === 'redirect' && str(at(a, 'redirectConfig', 'protocol')) === 'HTTPS'),
  };
}

const one = <T>(f: (item: ConfigItem, inv: Inventory) => T) => (item: ConfigItem, inv: Inventory) => [f(item, inv) as object];

export const CONFIG_TYPES: Record<string, ConfigNormalization> = {
  'AWS::Lambda::Function': { type: AWS_TYPES['lambda.function'], normalize: one(lambdaFunction) },
  'AWS::OpenSearch::Domain': { type: AWS_TYPES['opensearch.domain'], normalize: one(openSearchDomain) },
  'AWS::Elasticsearch::Domain': { type: AWS_TYPES['opensearch.domain'], normalize: one(openSearchDomain) },
  'AWS::KMS::Key': { type: AWS_TYPES['kms.key'], normalize: kmsKey },
  'AWS::CloudTrail::Trail': { type: AWS_TYPES['cloudtrail.trail'], normalize: one(cloudTrail) },
  'AWS::Logs::LogGroup': { type: AWS_TYPES['logs.log_group'], normalize: one(logGroup) },
  'AWS::SQS::Queue': { type: AWS_TYPES['sqs.queue'], normalize: one(sqsQueue) },
  'AWS::SNS::Topic': { type: AWS_TYPES['sns.topic'], normalize: one(snsTopic) },
  'AWS::DynamoDB::Table': { type: AWS_TYPES['dynamodb.table'], normalize: one(dynamoDbTable) },
  'AWS::RDS::DBInstance': { type: AWS_TYPES['rds.instance'], normalize: one((i) => rds(i, 'instance')) },
  'AWS::RDS::DBCluster': {
    type: AWS_TYPES['rds.cluster'],
    normalize: one((i) => clusterEngine(i)?.normalize(i) ?? rds(i, 'cluster')),
    typeOf: (i) => clusterEngine(i)?.type ?? AWS_TYPES['rds.cluster'],
  },
  'AWS::ElastiCache::ReplicationGroup': { type: AWS_TYPES['elasticache.replication_group'], normalize: one(elastiCache) },
  'AWS::EC2::SecurityGroup': { type: AWS_TYPES['ec2.security_group'], normalize: one(securityGroup) },
  'AWS::ApiGateway::Stage': { type: AWS_TYPES['apigateway.stage'], normalize: one(restStage) },
  'AWS::ApiGatewayV2::Stage': { type: AWS_TYPES['apigateway.stage'], normalize: one(httpStage) },
  'AWS::ECR::Repository': { type: AWS_TYPES['ecr.repository'], normalize: one(ecrRepository) },
  'AWS::ElasticLoadBalancingV2::Listener': { type: AWS_TYPES['elbv2.listener'], normalize: one(elbListener) },
  ...EC2_CONFIG_TYPES,
  ...EKS_CONFIG_TYPES,
  ...EFS_CONFIG_TYPES,
  ...REDSHIFT_CONFIG_TYPES,
  ...KINESIS_CONFIG_TYPES,
  ...SECRETSMANAGER_CONFIG_TYPES,
  'AWS::MSK::Cluster': { type: AWS_TYPES['msk.cluster'], normalize: one(mskCluster) },
  'AWS::AmazonMQ::Broker': { type: AWS_TYPES['mq.broker'], normalize: one(mqBroker) },
  ...ECS_CONFIG_TYPES,
  ...CLOUDFRONT_CONFIG_TYPES,
  ...ELB_CONFIG_TYPES,
  ...AUTOSCALING_CONFIG_TYPES,
  ...WAFV2_CONFIG_TYPES,
};

