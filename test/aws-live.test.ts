/**
 * The live scan against a real moto server, seeded only through AWS APIs, directly and through a
 * fault-injecting suite.proxy. moto is installed by scripts/install-suite.moto.sh and started on 127.0.0.1.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client, ListBucketsCommand } from '@aws-sdk/client-s3';
import { MOTO_ENV, MOTO_ACCOUNT } from './helpers/moto.js';
import { motoWithProxy } from './helpers/moto-suite.js';
import type { FaultProxy } from './helpers/fault-proxy.js';
import { seed, SEEDED } from './helpers/seed-aws.js';
import { palisadeLive, type Run } from './helpers/live-cli.js';
import { loadLive } from '../src/sources/aws/live.js';

const empty = mkdtempSync(join(tmpdir(), 'palisade-live-'));
const suite = motoWithProxy();

/** The built CLI, asynchronously (the proxy lives in this process), with dummy credentials only. */
const palisade = (args: string[], endpoint: string): Promise<Run> => palisadeLive(args, endpoint, empty);

interface Report {
  findings: Array<{ ruleId: string; severity: string; resource: { name: string }; cloud?: { arn?: string; account?: string; region?: string } }>;
  errors: Array<{ file: string; level: string; message: string }>;
}

const HIGH = new Set(['critical', 'high']);

test('moto reset between cases leaves no bucket behind', async () => {
  await seed(suite.moto.endpoint);
  await suite.moto.reset();
  const s3 = new S3Client({ region: 'us-east-1', endpoint: suite.moto.endpoint, forcePathStyle: true, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
  const out = await s3.send(new ListBucketsCommand({}));
  assert.deepEqual(out.Buckets ?? [], []);
  s3.destroy();
});

test('palisade scan --aws finds the public bucket and the admin role with ARNs, and nothing high on the twins', async () => {
  await seed(suite.moto.endpoint);
  const r = await palisade(['scan', '--aws', '--aws-regions', 'us-east-1', '--json', '-', '--fail-on', 'none'], suite.moto.endpoint);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  assert.deepEqual(report.errors, []);
  const at = (arn: string) => report.findings.filter((f) => f.cloud?.arn === arn);
  assert.ok(at(SEEDED.arn.publicBucket).some((f) => f.ruleId === 'PAL-S3-005' && f.severity === 'critical'), 'public bucket policy');
  assert.ok(at(SEEDED.arn.adminRole).some((f) => f.ruleId === 'PAL-IAM-001'), 'admin role');
  assert.ok(at(SEEDED.arn.consoleUser).some((f) => f.ruleId === 'PAL-IAM-011'), 'console user without MFA');
  assert.ok(!report.findings.some((f) => f.ruleId === 'PAL-IAM-011' && f.resource.name === SEEDED.apiUser));
  for (const f of report.findings) {
    assert.equal(f.cloud?.account, MOTO_ACCOUNT);
    if (f.cloud?.arn?.startsWith('arn:aws:s3:::')) assert.equal(f.cloud.region, 'us-east-1');
  }
  const twins = report.findings.filter((f) => [SEEDED.privateBucket, SEEDED.readRole, SEEDED.apiUser].includes(f.resource.name) && HIGH.has(f.severity));
  assert.deepEqual(twins, []);
});

test('the console user without MFA and its access key reach the model from the IAM API', async () => {
  await seed(suite.moto.endpoint);
  const env = { ...process.env };
  Object.assign(process.env, MOTO_ENV, { AWS_ENDPOINT_URL: suite.moto.endpoint });
  try {
    const got = await loadLive({ enabled: true, regions: ['us-east-1'] });
    assert.deepEqual(got.errors, []);
    const alice = got.resources.find((r) => r.provenance.kind === 'cloud' && r.provenance.arn === SEEDED.arn.consoleUser);
    assert.ok(alice, 'the console user is a resource');
    assert.equal(alice.type, 'aws.iam.user');
    const props = alice.properties as { login_profile?: unknown; mfa_active?: unknown; access_keys?: Array<{ active?: unknown }> };
    assert.equal(props.login_profile, true);
    assert.equal(props.mfa_active, false);
    assert.equal(props.access_keys?.length, 1);
    assert.equal(props.access_keys?.[0]?.active, true);
    const bob = got.resources.find((r) => r.name === SEEDED.apiUser);
    assert.equal((bob?.properties as { login_profile?: unknown }).login_profile, false);
  } finally {
    process.env = env;
  }
});

test('a denied region is one error naming account and region, exit 3, and the other region is intact', async () => {
  await seed(suite.moto.endpoint, ['us-east-1', 'eu-west-1']);
  suite.proxy.rule = (c) => (c.region === 'eu-west-1' ? { kind: 'deny' } : null);
  const r = await palisade(['scan', '--aws', '--aws-regions', 'us-east-1,eu-west-1', '--json', '-', '--fail-on', 'none', '--quiet'], suite.proxy.endpoint);
  assert.equal(r.status, 3, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  const errs = report.errors.filter((e) => e.level === 'error');
  assert.equal(errs.length, 1, JSON.stringify(errs));
  assert.equal(errs[0]!.file, `aws:${MOTO_ACCOUNT}/eu-west-1`);
  assert.match(errs[0]!.message, /AccessDenied.*this region was not scanned/);
  assert.ok(report.findings.some((f) => f.cloud?.arn === SEEDED.arn.publicBucket && f.ruleId === 'PAL-S3-005'));
  assert.ok(report.findings.some((f) => f.cloud?.arn === SEEDED.arn.adminRole));
});

test('a throttling burst is absorbed by the retries: nothing lost, no error', async () => {
  await seed(suite.moto.endpoint);
  let throttled = 0;
  suite.proxy.rule = (c) => (c.service === 'config' && throttled++ < 2 ? { kind: 'throttle' } : null);
  const r = await palisade(['scan', '--aws', '--aws-regions', 'us-east-1', '--json', '-', '--fail-on', 'none', '--quiet'], suite.proxy.endpoint);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  assert.deepEqual(report.errors, []);
  assert.ok(throttled >= 2);
  assert.ok(report.findings.some((f) => f.cloud?.arn === SEEDED.arn.publicBucket));
});

async function liveThrough(p: FaultProxy, extra: { timeoutMs?: number; maxAttempts?: number } = {}) {
  const env = { ...process.env };
  Object.assign(process.env, MOTO_ENV, { AWS_ENDPOINT_URL: p.endpoint });
  try {
    return await loadLive({ enabled: true, regions: ['us-east-1'], ...extra });
  } finally {
    process.env = env;
  }
}

test('a hung Config endpoint times out as one region error; IAM is kept', async () => {
  await seed(suite.moto.endpoint);
  suite.proxy.rule = (c) => (c.service === 'config' ? { kind: 'hang' } : null);
  const got = await liveThrough(suite.proxy, { timeoutMs: 800, maxAttempts: 1 });
  const errs = got.errors.filter((e) => e.level === 'error');
  assert.equal(errs.length, 1, JSON.stringify(errs));
  assert.equal(errs[0]!.file, `aws:${MOTO_ACCOUNT}/us-east-1`);
  assert.match(errs[0]!.message, /this region was not scanned/);
  assert.ok(got.resources.some((r) => r.provenance.kind === 'cloud' && r.provenance.arn === SEEDED.arn.adminRole));
});

test('credentials expiring mid-scan: what was read before stays, the rest is one error', async () => {
  await seed(suite.moto.endpoint);
  // IAM is read first; the token "expires" when Config starts.
  suite.proxy.rule = (c) => (c.service === 'config' ? { kind: 'expired' } : null);
  const got = await liveThrough(suite.proxy, { maxAttempts: 1 });
  const errs = got.errors.filter((e) => e.level === 'error');
  assert.equal(errs.length, 1, JSON.stringify(errs));
  assert.match(errs[0]!.message, /ExpiredToken/);
  assert.ok(got.resources.some((r) => r.provenance.kind === 'cloud' && r.provenance.arn === SEEDED.arn.consoleUser));
});

test('a truncated BatchGetResourceConfig response is one error for its type; other types are kept', async () => {
  await seed(suite.moto.endpoint);
  suite.proxy.rule = (c) => (c.operation === 'BatchGetResourceConfig' && c.n > 0 && truncateBuckets(c) ? { kind: 'truncate' } : null);
  let first = true;
  function truncateBuckets(_c: unknown): boolean {
    if (!first) return false;
    first = false;
    return true;
  }
  const got = await liveThrough(suite.proxy, { maxAttempts: 1 });
  const errs = got.errors.filter((e) => e.level === 'error');
  assert.equal(errs.length, 1, JSON.stringify(errs));
  assert.match(errs[0]!.message, /AWS::S3::Bucket: BatchGetResourceConfig failed for 3 keys/);
  assert.ok(got.resources.some((r) => r.provenance.kind === 'cloud' && r.provenance.arn === SEEDED.arn.adminRole));
});
