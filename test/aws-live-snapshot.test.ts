/**
 * The recorded account in fixtures/aws-config, scanned offline: snapshot reader + normalizers +
 * the compiled wasm. The public bucket and the admin role are found by ARN; their compliant twins
 * yield nothing high or critical.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { readConfigSnapshot, readIamSnapshot } from '../src/sources/aws/snapshot.js';
import { normalizeConfigItems, normalizeIam } from '../src/sources/aws/normalize/index.js';
import { evaluate } from '../src/engine/evaluate.js';
import { loadCatalog } from '../src/engine/catalog.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'aws-config');
const SNAPSHOT = '111122223333_Config_us-east-1_ConfigSnapshot_20261130T060000Z_5b4e7f2a-9c1d-4e8f-a3b2-6d7c8e9f0a1b.json';
const severity = new Map(loadCatalog().rules.map((r) => [r.id, r.severity]));
const ruleId = (pkg: string) => loadCatalog().rules.find((r) => r.package === pkg.replace(/^palisade\.rules\./, ''))?.id ?? pkg;

async function scanRecorded() {
  const snap = readConfigSnapshot(readFileSync(join(dir, SNAPSHOT)), `fixtures/aws-config/${SNAPSHOT}`);
  assert.deepEqual(snap.errors, []);
  assert.equal(snap.account, '111122223333');
  assert.equal(snap.region, 'us-east-1');
  const config = normalizeConfigItems(snap.items, { account: snap.account!, region: snap.region!, origin: `config-snapshot:${SNAPSHOT}` });
  const iamSnap = readIamSnapshot(readFileSync(join(dir, 'iam-snapshot.json')), 'fixtures/aws-config/iam-snapshot.json');
  assert.deepEqual(iamSnap.errors, []);
  const iam = normalizeIam(iamSnap.inputs, { account: iamSnap.account!, origin: 'iam-snapshot:iam-snapshot.json' });
  const resources = [...config.resources, ...iam.resources];
  const raw = await evaluate(resources, { required_tags: [] });
  return { resources, errors: [...config.errors, ...iam.errors], findings: raw.map((r) => ({ ...r, id: ruleId(r.rule) })) };
}

test('the recorded account: public bucket and admin role found by ARN, twins clean of high and critical', async () => {
  const { resources, errors, findings } = await scanRecorded();
  assert.deepEqual(errors.filter((e) => e.level === 'error'), []);
  const on = (arn: string) => findings.filter((f) => f.resource === arn).map((f) => f.id).sort();
  const publicBucket = on('arn:aws:s3:::acme-public-site');
  for (const id of ['PAL-S3-003', 'PAL-S3-005', 'PAL-S3-006']) assert.ok(publicBucket.includes(id), `public bucket: ${id} missing from ${publicBucket}`);
  const admin = on('arn:aws:iam::111122223333:role/ops-admin');
  assert.ok(admin.includes('PAL-IAM-001') && admin.includes('PAL-IAM-007'), `admin role: ${admin}`);
  for (const twin of ['arn:aws:s3:::acme-data-prod', 'arn:aws:iam::111122223333:role/app-reader']) {
    const bad = findings.filter((f) => f.resource === twin && ['high', 'critical'].includes(severity.get(f.id) ?? ''));
    assert.deepEqual(bad, [], twin);
  }
  // What only the credential report shows: the console user without MFA, the old key, the weak password policy.
  assert.deepEqual(on('arn:aws:iam::111122223333:user/console-no-mfa'), ['PAL-IAM-011']);
  assert.deepEqual(on('arn:aws:iam::111122223333:user/old-key-ci'), ['PAL-IAM-012']);
  assert.deepEqual(on('arn:aws:iam::111122223333:user/console-with-mfa'), []);
  assert.deepEqual(on('arn:aws:iam::111122223333:user/fresh-key-ci'), []);
  assert.deepEqual(on('arn:aws:iam::111122223333:root'), ['PAL-IAM-013']);
  // The CloudFormation tags that link a live resource to its template survive.
  const bucket = resources.find((r) => r.id === 'arn:aws:s3:::acme-public-site')!;
  assert.equal(bucket.tags['aws:cloudformation:logical-id'], 'SiteBucket');
  assert.deepEqual(bucket.provenance, { kind: 'cloud', arn: 'arn:aws:s3:::acme-public-site', account: '111122223333', region: 'us-east-1', origin: `config-snapshot:${SNAPSHOT}` });
});

test('the recorded account: console user without MFA and the old key, from the credential report', async () => {
  const { resources } = await scanRecorded();
  const user = (name: string) => resources.find((r) => r.id === `arn:aws:iam::111122223333:user/${name}`)!.properties;
  assert.equal(user('console-no-mfa').login_profile, true);
  assert.equal(user('console-no-mfa').mfa_active, false);
  assert.equal(user('console-with-mfa').mfa_active, true);
  assert.deepEqual(user('old-key-ci').access_keys, [{ active: true, last_rotated_days: 546, last_used_days: 0 }]);
  const account = resources.find((r) => r.type === 'aws.iam.account')!.properties as { root: unknown; password_policy: { minimum_length: number } };
  assert.deepEqual(account.root, { access_keys_active: false, mfa_active: true, hardware_mfa: true });
  assert.equal(account.password_policy.minimum_length, 8);
});

test('snapshot reader: gzip read, gzip bomb bounded, corrupt and non-snapshot files named', () => {
  const text = readFileSync(join(dir, SNAPSHOT));
  assert.equal(readConfigSnapshot(gzipSync(text), 'a.json.gz').items.length, 4);
  const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20));
  const bounded = readConfigSnapshot(bomb, 'bomb.json.gz', 1024 * 1024);
  assert.equal(bounded.errors.length, 1);
  assert.match(bounded.errors[0]!.message, /more than the 1048576-byte limit/);
  assert.equal(bounded.errors[0]!.file, 'bomb.json.gz');
  assert.match(readConfigSnapshot(gzipSync(text).subarray(0, 100), 'cut.json.gz').errors[0]!.message, /not a valid gzip/);
  const bad = readConfigSnapshot(Buffer.from('{\n "configurationItems": [\n  {"secret": "hunter2hunter2"\n'), 'bad.json');
  assert.equal(bad.errors[0]!.file, 'bad.json');
  assert.ok(!bad.errors[0]!.message.includes('hunter2'));
  assert.match(readConfigSnapshot(Buffer.from('{"x":1}'), 'x.json').errors[0]!.message, /no configurationItems/);
});

test('BatchGetResourceConfig shape: configuration and supplementary values as JSON text, double-encoded bucket policy', () => {
  const policy = JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] });
  const item = {
    version: '1.3', accountId: '111122223333', configurationItemCaptureTime: new Date(0), configurationItemStatus: 'OK', configurationStateId: '1',
    arn: 'arn:aws:s3:::b', resourceType: 'AWS::S3::Bucket', resourceId: 'b', resourceName: 'b', awsRegion: 'eu-west-1', availabilityZone: 'Regional',
    configuration: JSON.stringify({ name: 'b', owner: { id: 'x' }, creationDate: '2026-01-01T00:00:00.000Z' }),
    supplementaryConfiguration: {
      BucketPolicy: JSON.stringify({ policyText: policy }),
      PublicAccessBlockConfiguration: JSON.stringify({ blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: false }),
    },
  };
  const { resources, errors } = normalizeConfigItems([item], { account: '111122223333', region: 'eu-west-1', origin: 'config-api' });
  assert.deepEqual(errors, []);
  const p = resources[0]!.properties as { policy: { statements: Array<{ principal: { any: boolean }; actions: string[] }> }; public_access_block: object; encryption: { configured: unknown } };
  assert.equal(p.policy.statements[0]!.principal.any, true);
  assert.deepEqual(p.policy.statements[0]!.actions, ['s3:getobject']);
  assert.deepEqual(p.public_access_block, { block_public_acls: true, ignore_public_acls: true, block_public_policy: false, restrict_public_buckets: false });
  // moto gives no encryption settings: Unknown, not "unencrypted".
  assert.deepEqual(p.encryption.configured, { $unknown: 'default encryption is not in the AWS Config item' });
});

test('an account public access block covers the buckets of its account', () => {
  const bucket = { resourceType: 'AWS::S3::Bucket', arn: 'arn:aws:s3:::b', resourceName: 'b', accountId: '111122223333', configuration: '{"name":"b"}', supplementaryConfiguration: {} };
  const block = { resourceType: 'AWS::S3::AccountPublicAccessBlock', resourceId: '111122223333', accountId: '111122223333', configuration: '{"blockPublicAcls":true,"ignorePublicAcls":true,"blockPublicPolicy":true,"restrictPublicBuckets":true}' };
  const { resources } = normalizeConfigItems([bucket, block], { account: '111122223333', region: 'us-east-1', origin: 'config-api' });
  assert.equal(resources.length, 1);
  assert.deepEqual(resources[0]!.properties.public_access_block, { block_public_acls: true, ignore_public_acls: true, block_public_policy: true, restrict_public_buckets: true });
});

test('Lambda environment secrets never reach the model', () => {
  const fn = {
    resourceType: 'AWS::Lambda::Function', arn: 'arn:aws:lambda:us-east-1:111122223333:function:f', resourceName: 'f', accountId: '111122223333',
    configuration: JSON.stringify({ functionName: 'f', runtime: 'nodejs20.x', environment: { variables: { DB_PASSWORD: 'S3cr3t-Value-123', STAGE: 'prod' } } }),
    supplementaryConfiguration: {},
  };
  const { resources } = normalizeConfigItems([fn], { account: '111122223333', region: 'us-east-1', origin: 'config-api' });
  assert.ok(!JSON.stringify(resources).includes('S3cr3t-Value-123'));
  const env = resources[0]!.properties.environment as Record<string, { value: string; secret_name: boolean }>;
  assert.equal(env.DB_PASSWORD!.secret_name, true);
  assert.equal(env.STAGE!.value, 'prod');
});

test('the recorded eu-west-1 snapshot: types moto does not record, each finding pinned by ARN', async () => {
  const file = '111122223333_Config_eu-west-1_ConfigSnapshot_20261130T060000Z_c3d9a1e4-7b2f-4d6a-9e8c-1f2a3b4c5d6e.json';
  const snap = readConfigSnapshot(readFileSync(join(dir, file)), `fixtures/aws-config/${file}`);
  assert.deepEqual(snap.errors, []);
  const config = normalizeConfigItems(snap.items, { account: snap.account!, region: snap.region!, origin: `config-snapshot:${file}` });
  assert.deepEqual(config.errors, []);
  const raw = await evaluate(config.resources, { required_tags: ['owner'] });
  const on = (arn: string) => raw.filter((r) => r.resource === arn).map((r) => ruleId(r.rule)).sort();
  const arn = (rest: string) => `arn:aws:${rest.replace('{r}', 'eu-west-1:111122223333')}`;
  const want: Record<string, string[]> = {
    'kms:{r}:key/7d3e1c2b-4a5f-4e6d-8c9b-0a1b2c3d4e5f': [],
    'kms:{r}:key/9e8d7c6b-5a4f-4e3d-2c1b-0a9b8c7d6e5f': ['PAL-KMS-001'],
    // The flow log names the first VPC only.
    'ec2:{r}:vpc/vpc-0b1c2d3e4f5a60001': [],
    'ec2:{r}:vpc/vpc-0b1c2d3e4f5a60002': ['PAL-VPC-001'],
    'ec2:{r}:launch-template/lt-0b1c2d3e4f5a60001': ['PAL-EC2-005'],
    'ec2:{r}:volume/vol-0b1c2d3e4f5a60001': ['PAL-EC2-006'],
    'eks:{r}:cluster/analytics': ['PAL-EKS-001', 'PAL-EKS-002', 'PAL-EKS-003', 'PAL-EKS-005', 'PAL-EKS-006'],
    'redshift:{r}:cluster:reports': ['PAL-RS-002', 'PAL-RS-003'],
    'secretsmanager:{r}:secret:reports-admin-Xy12Ab': ['PAL-SM-001', 'PAL-SM-002'],
    // Snapshot items carry tags ({} here), so a missing required tag is known to be missing.
    'sqs:{r}:inbox': ['PAL-SQS-002', 'PAL-TAG-001'],
  };
  assert.deepEqual(config.resources.map((r) => r.id).sort(), Object.keys(want).map(arn).sort());
  for (const [rest, ids] of Object.entries(want)) assert.deepEqual(on(arn(rest)), ids, rest);
});

test('an offline scan (snapshot files) never loads the AWS SDK', async () => {
  const { spawnSync } = await import('node:child_process');
  // As in validators.test.ts: the built CLI with a hook listing the bundle's files it resolves,
  // mapped back to their source modules by esbuild's metafile (npm run build).
  const dist = new URL('../dist/', import.meta.url);
  const meta = JSON.parse(readFileSync(new URL('bundle.meta.json', dist), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
  const hook = `data:text/javascript,${encodeURIComponent("export async function resolve(s,c,n){const r=await n(s,c);process._rawDebug('MOD '+r.url);return r}")}`;
  const reg = `data:text/javascript,${encodeURIComponent(`import{register}from'node:module';register(${JSON.stringify(hook)})`)}`;
  const r = spawnSync(process.execPath, ['--import', reg, new URL('cli.js', dist).pathname, 'scan', '--aws-config-snapshot', '.', '--aws-iam-snapshot', 'iam-snapshot.json', '--quiet', '--fail-on', 'none'], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const mods = r.stderr
    .split('\n')
    .filter((l) => l.startsWith(`MOD ${dist.href}`))
    .flatMap((l) => Object.keys(meta.outputs[`dist/${l.slice(4 + dist.href.length)}`]?.inputs ?? {}));
  assert.ok(mods.includes('src/sources/aws/live.ts') && mods.includes('src/sources/aws/normalize/index.ts'), 'the snapshot loader was loaded');
  for (const heavy of ['node_modules/@aws-sdk/', 'node_modules/@smithy/', 'src/sources/aws/online.ts', 'src/sources/aws/clients.ts']) {
    assert.ok(!mods.some((m) => m.startsWith(heavy)), `${heavy} was loaded by an offline scan`);
  }
});
