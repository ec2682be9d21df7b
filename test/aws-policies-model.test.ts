/**
 * The AWS rules judge the normalized model, whatever the source: hand-built live resources
 * (source 'aws', cloud provenance) go through the compiled wasm bundle and the one finding
 * mapper, and come out with an ARN instead of a file and line. The same resource shape with a
 * file provenance gets the recorded line, which is how template findings are placed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate } from '../src/engine/evaluate.js';
import { loadCatalog } from '../src/engine/catalog.js';
import { toFindings } from '../src/findings/map.js';
import type { Finding } from '../src/findings/types.js';
import type { Properties, Resource } from '../src/model/resource.js';
import { unknown } from '../src/model/resource.js';
import { locationsOf } from '../src/model/locations.js';
import type {
  EnvironmentVariable,
  IamRole,
  KmsKey,
  LambdaFunction,
  PolicyStatement,
  RdsDatabase,
  S3Bucket,
  SecurityGroup,
  SecurityGroupRule,
} from '../src/model/aws/index.js';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';

function live(type: string, arn: string, name: string, properties: Properties): Resource {
  return {
    id: arn,
    type,
    source: 'aws',
    name,
    properties,
    tags: {},
    provenance: { kind: 'cloud', arn, account: ACCOUNT, region: REGION, origin: 'config-snapshot:test' },
  };
}

async function findings(resources: Resource[], requiredTags: string[] = []): Promise<Finding[]> {
  const raw = await evaluate(resources, { required_tags: requiredTags });
  const mapped = toFindings(raw, loadCatalog().rules, resources);
  assert.deepEqual(mapped.problems, []);
  return mapped.findings;
}

const byRule = (fs: Finding[], id: string): Finding[] => fs.filter((f) => f.ruleId === id);

function bucket(overrides: Partial<S3Bucket> = {}): S3Bucket {
  return {
    bucket_name: 'acme-data',
    encryption: { configured: true, algorithm: 'aws:kms', kms_key_id: `arn:aws:kms:${REGION}:${ACCOUNT}:key/1`, bucket_key: true },
    versioning: { enabled: true, mfa_delete: false },
    public_access_block: { block_public_acls: true, ignore_public_acls: true, block_public_policy: true, restrict_public_buckets: true },
    acl: 'Private',
    logging: { enabled: true, target_bucket: 'acme-logs' },
    object_lock: false,
    policy: { statements: [tlsDeny('arn:aws:s3:::acme-data')] },
    website: false,
    ...overrides,
  };
}

function statement(overrides: Partial<PolicyStatement>): PolicyStatement {
  return {
    sid: null,
    effect: 'Allow',
    principal: { any: true, aws: ['*'], service: [], federated: [] },
    not_principal: false,
    actions: ['s3:getobject'],
    not_actions: [],
    resources: ['arn:aws:s3:::acme-data/*'],
    not_resources: [],
    conditions: {},
    ...overrides,
  };
}

function tlsDeny(bucketArn: string): PolicyStatement {
  return statement({
    effect: 'Deny',
    actions: ['s3:*'],
    resources: [bucketArn, `${bucketArn}/*`],
    conditions: { Bool: { 'aws:securetransport': ['false'] } },
  });
}

const s3 = (name: string, props: S3Bucket): Resource => live('aws.s3.bucket', `arn:aws:s3:::${name}`, name, { ...props });

test('a live bucket without a public access block yields PAL-S3-003 with its ARN, account and region, and no file location', async () => {
  const unblocked = bucket({ public_access_block: null });
  const fs = await findings([s3('acme-data', unblocked)]);
  const [finding, ...rest] = byRule(fs, 'PAL-S3-003');
  assert.equal(rest.length, 0);
  assert.ok(finding);
  assert.equal(finding.source, 'aws');
  assert.equal(finding.resource.id, 'arn:aws:s3:::acme-data');
  assert.deepEqual(finding.cloud, { arn: 'arn:aws:s3:::acme-data', account: ACCOUNT, region: REGION });
  assert.equal(finding.location, undefined);
  assert.equal(finding.path, 'properties.public_access_block');
  assert.equal(finding.message, "S3 bucket 'acme-data' has no public access block.");
  // Unencrypted in the model: S3 applies SSE-S3 to every bucket, so the retired PAL-S3-001 is silent.
  const unencrypted = bucket({ encryption: { configured: false, algorithm: null, kms_key_id: null, bucket_key: false } });
  assert.deepEqual(byRule(await findings([s3('acme-data', unencrypted)]), 'PAL-S3-001'), []);
});

test('the same bucket shape read from a template is placed on the recorded line', async () => {
  const fromTemplate = (properties: S3Bucket, locations: Record<string, { line: number; endLine: number }>): Resource => ({
    id: 'stack.yaml#Data',
    type: 'aws.s3.bucket',
    source: 'cloudformation',
    name: 'Data',
    properties: { ...properties },
    tags: {},
    provenance: { kind: 'file', file: 'stack.yaml', span: { line: 3, endLine: 12 }, locations: locationsOf(locations) },
  });
  // Not written in the template: the finding falls back to the resource's own line.
  const unversioned = bucket({ versioning: { enabled: false, mfa_delete: false } });
  const [missing] = byRule(await findings([fromTemplate(unversioned, {})]), 'PAL-S3-007');
  assert.deepEqual(missing?.location, { file: 'stack.yaml', startLine: 3, endLine: 12 });
  assert.equal(missing?.cloud, undefined);
  // properties.encryption.algorithm is matched to its longest recorded prefix.
  const sseS3 = bucket({ encryption: { configured: true, algorithm: 'AES256', kms_key_id: null, bucket_key: false } });
  const [weak] = byRule(await findings([fromTemplate(sseS3, { 'properties.encryption': { line: 6, endLine: 9 } })]), 'PAL-S3-002');
  assert.equal(weak?.path, 'properties.encryption.algorithm');
  assert.deepEqual(weak?.location, { file: 'stack.yaml', startLine: 6, endLine: 9 });
});

test('a compliant live bucket yields no S3 findings', async () => {
  const fs = await findings([s3('acme-data', bucket())]);
  assert.deepEqual(
    fs.filter((f) => f.ruleId.startsWith('PAL-S3-')).map((f) => f.ruleId),
    [],
  );
});

test('unknown values are never reported', async () => {
  const vague = bucket({
    encryption: unknown('Fn::If') as unknown as S3Bucket['encryption'],
    versioning: { enabled: unknown('Fn::If') as unknown as boolean, mfa_delete: false },
    acl: unknown('Ref'),
    policy: unknown('Fn::If') as unknown as S3Bucket['policy'],
  });
  const fs = await findings([s3('acme-data', vague)]);
  assert.deepEqual(
    fs.filter((f) => f.ruleId.startsWith('PAL-S3-')).map((f) => f.ruleId),
    [],
  );
});

test('a public bucket policy is reported per statement, unless a Deny outside the VPC endpoint takes it back (wasm glob)', async () => {
  const arn = 'arn:aws:s3:::acme-site';
  const publicRead = statement({ resources: [`${arn}/*`] });
  const open = bucket({ public_access_block: null, policy: { statements: [tlsDeny(arn), publicRead] } });
  const openFindings = byRule(await findings([s3('acme-site', open)]), 'PAL-S3-005');
  assert.deepEqual(
    openFindings.map((f) => [f.path, f.severity]),
    [['properties.policy.statements.1.principal', 'critical']],
  );

  const guard = statement({
    effect: 'Deny',
    actions: ['s3:*'],
    resources: [arn, `${arn}/*`],
    conditions: { StringNotEquals: { 'aws:sourcevpce': ['vpce-1a2b3c4d'] } },
  });
  const guarded = bucket({ public_access_block: null, policy: { statements: [tlsDeny(arn), publicRead, guard] } });
  assert.deepEqual(byRule(await findings([s3('acme-site', guarded)]), 'PAL-S3-005'), []);
});

function sgRule(overrides: Partial<SecurityGroupRule>): SecurityGroupRule {
  return { protocol: 'tcp', from_port: 443, to_port: 443, cidr_ipv4: '0.0.0.0/0', cidr_ipv6: null, source_security_group: null, description: 'load balancer', ...overrides };
}

test('a live security group gets one finding per ingress rule open to the internet', async () => {
  const group: SecurityGroup = {
    ingress: [sgRule({}), sgRule({ from_port: 22, to_port: 22 }), sgRule({ from_port: 5432, to_port: 5432 }), sgRule({ from_port: 22, to_port: 22, cidr_ipv4: '10.0.0.0/8' })],
    egress: [],
  };
  const arn = `arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/sg-0a1b2c3d`;
  const fs = await findings([live('aws.ec2.security_group', arn, 'sg-0a1b2c3d', { ...group })]);
  assert.deepEqual(
    fs.filter((f) => f.ruleId.startsWith('PAL-EC2-')).map((f) => [f.ruleId, f.path, f.message]),
    [
      ['PAL-EC2-001', 'properties.ingress.1', "Security group 'sg-0a1b2c3d' allows SSH (22) from 0.0.0.0/0."],
      ['PAL-EC2-002', 'properties.ingress.2', "Security group 'sg-0a1b2c3d' allows tcp port 5432 from 0.0.0.0/0."],
    ],
  );
});

function role(trusted: string): IamRole {
  return {
    role_name: 'audit',
    assume_role_policy: {
      statements: [statement({ principal: { any: false, aws: [trusted], service: [], federated: [] }, actions: ['sts:assumerole'], resources: [] })],
    },
    policies: [],
    managed_policy_arns: ['arn:aws:iam::aws:policy/AdministratorAccess'],
    permissions_boundary: null,
  };
}

test('a live role knows its own account: only trust from another account is cross-account', async () => {
  const arn = `arn:aws:iam::${ACCOUNT}:role/audit`;
  const sameAccount = await findings([live('aws.iam.role', arn, 'audit', { ...role(`arn:aws:iam::${ACCOUNT}:role/admin`) })]);
  assert.deepEqual(byRule(sameAccount, 'PAL-IAM-005'), []);
  assert.deepEqual(
    byRule(sameAccount, 'PAL-IAM-007').map((f) => [f.path, f.cloud?.arn]),
    [['properties.managed_policy_arns.0', arn]],
  );

  const otherAccount = await findings([live('aws.iam.role', arn, 'audit', { ...role('arn:aws:iam::444455556666:root') })]);
  assert.deepEqual(
    byRule(otherAccount, 'PAL-IAM-005').map((f) => f.message),
    ["IAM role 'audit' can be assumed from account 444455556666 without an external id."],
  );
});

function lambda(environment: Record<string, EnvironmentVariable>): LambdaFunction {
  return {
    function_name: 'api',
    runtime: 'python3.8',
    role: `arn:aws:iam::${ACCOUNT}:role/api`,
    environment,
    kms_key_id: `arn:aws:kms:${REGION}:${ACCOUNT}:key/env`,
    tracing: 'Active',
    in_vpc: false,
    reserved_concurrency: 50,
    dead_letter: true,
    code_signing: false,
    url: { auth_type: 'NONE' },
    permissions: [],
    log_group: { retention_days: 30, kms_key_id: null },
  };
}

test('a live function: public URL, deprecated runtime and a secret named in the environment, never its value', async () => {
  const fn = lambda({
    DB_PASSWORD: { value: '***REDACTED***', secret_name: true, secret_value: null },
    TABLE: { value: 'orders', secret_name: false, secret_value: null },
  });
  const arn = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:api`;
  const fs = (await findings([live('aws.lambda.function', arn, 'api', { ...fn })])).filter((f) => f.ruleId.startsWith('PAL-LAMBDA-'));
  assert.deepEqual(fs.map((f) => [f.ruleId, f.severity, f.path]).sort(), [
    ['PAL-LAMBDA-001', 'high', 'properties.url.auth_type'],
    ['PAL-LAMBDA-003', 'high', 'properties.environment.DB_PASSWORD'],
    ['PAL-LAMBDA-004', 'medium', 'properties.runtime'],
  ]);
  for (const f of fs) assert.ok(!f.message.includes('REDACTED'), f.message);
});

function rds(overrides: Partial<RdsDatabase>): RdsDatabase {
  return {
    engine: 'postgres',
    storage_encrypted: true,
    kms_key_id: null,
    publicly_accessible: false,
    backup_retention_days: 7,
    deletion_protection: true,
    iam_authentication: true,
    multi_az: true,
    log_exports: ['postgresql'],
    master_password: null,
    manage_master_password: true,
    ...overrides,
  };
}

test('a live database: public and short backups are reported, a template-only rule (literal password) is not in play', async () => {
  const arn = `arn:aws:rds:${REGION}:${ACCOUNT}:db:orders`;
  const fs = await findings([live('aws.rds.instance', arn, 'orders', { ...rds({ publicly_accessible: true, backup_retention_days: 1 }) })]);
  assert.deepEqual(
    fs.filter((f) => f.ruleId.startsWith('PAL-RDS-')).map((f) => [f.ruleId, f.message]),
    [
      ['PAL-RDS-002', "RDS database 'orders' is publicly accessible."],
      ['PAL-RDS-003', "RDS database 'orders' keeps backups for 1 day, less than 7."],
    ],
  );
});

test('a live read replica keeps no backups and has no deletion protection of its own: not reported', async () => {
  const arn = (id: string): string => `arn:aws:rds:${REGION}:${ACCOUNT}:db:${id}`;
  const bare = { backup_retention_days: 1, deletion_protection: false };
  const fs = await findings([
    live('aws.rds.instance', arn('orders-replica'), 'orders-replica', { ...rds({ ...bare, read_replica: true }) }),
    // A source that does not say is not a replica.
    live('aws.rds.instance', arn('orders'), 'orders', { ...rds(bare) }),
  ]);
  assert.deepEqual(
    fs.filter((f) => ['PAL-RDS-003', 'PAL-RDS-004'].includes(f.ruleId)).map((f) => [f.ruleId, f.resource.name]),
    [
      ['PAL-RDS-003', 'orders'],
      ['PAL-RDS-004', 'orders'],
    ],
  );
});

test('live KMS keys: only keys KMS can rotate are reported; no origin means AWS_KMS', async () => {
  const key = (id: string, fields: Partial<KmsKey>): Resource => {
    const k: KmsKey = { key_rotation: false, key_spec: 'SYMMETRIC_DEFAULT', key_usage: 'ENCRYPT_DECRYPT', enabled: true, pending_window_days: 30, multi_region: false, policy: null, ...fields };
    return live('aws.kms.key', `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`, id, { ...k });
  };
  const fs = await findings([
    key('generated', {}),
    key('imported', { origin: 'EXTERNAL' }),
    key('cloudhsm', { origin: 'AWS_CLOUDHSM' }),
    key('xks', { origin: 'EXTERNAL_KEY_STORE' }),
    key('mac', { key_spec: 'HMAC_256', key_usage: 'GENERATE_VERIFY_MAC' }),
  ]);
  assert.deepEqual(
    byRule(fs, 'PAL-KMS-001').map((f) => f.resource.name),
    ['generated'],
  );
});

test('required tags apply to live resources of taggable types only', async () => {
  const fs = await findings(
    [
      live('aws.s3.bucket', 'arn:aws:s3:::acme-data', 'acme-data', { ...bucket() }),
      live('aws.iam.group', `arn:aws:iam::${ACCOUNT}:group/readers`, 'readers', { group_name: 'readers', policies: [], managed_policy_arns: [] }),
    ],
    ['owner'],
  );
  assert.deepEqual(
    byRule(fs, 'PAL-TAG-001').map((f) => [f.resource.id, f.path, f.location]),
    [['arn:aws:s3:::acme-data', '', undefined]],
  );
});
