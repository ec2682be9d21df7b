/**
 * The live inventory's two paths. moto has no SelectResourceConfig: it answers every expression
 * with an empty result and no count, so against moto the inventory must fall back to
 * ListDiscoveredResources + BatchGetResourceConfig and still read everything. Where Config answers
 * advanced queries, the fault proxy in front of moto plays that one operation in the documented
 * response shape (Results: JSON text per item; COUNT(*) as one row), everything else is moto's.
 */
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMoto, MOTO_ENV, MOTO_ACCOUNT, type Moto } from './helpers/moto.js';
import { startFaultProxy, type Call, type FaultProxy } from './helpers/fault-proxy.js';
import { seed, startRecorder, SEEDED } from './helpers/seed-aws.js';
import { CLI } from './helpers/cli.js';

let moto: Moto;
let proxy: FaultProxy;
const empty = mkdtempSync(join(tmpdir(), 'palisade-select-'));

before(async () => {
  moto = await startMoto();
  proxy = await startFaultProxy(moto.endpoint);
});
after(async () => {
  await proxy?.stop();
  await moto?.stop();
});
beforeEach(async () => {
  await moto.reset();
  proxy.rule = () => null;
  proxy.calls.length = 0;
});

interface Report {
  findings: Array<{ ruleId: string; cloud?: { arn?: string } }>;
  errors: Array<{ file: string; level: string; message: string }>;
  summary: { resources: number };
}

function scanLive(): Promise<{ status: number; report: Report; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'scan', '--aws', '--aws-regions', 'us-east-1', '--json', '-', '--fail-on', 'none', '-q'], {
      cwd: empty,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...MOTO_ENV, AWS_ENDPOINT_URL: proxy.endpoint },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ status: code ?? -1, report: JSON.parse(stdout) as Report, stderr }));
  });
}

const configCalls = (op: string) => proxy.calls.filter((c) => c.service === 'config' && c.operation === op);

test('against moto (no SelectResourceConfig) the inventory is listed and batch-got, and nothing is lost', async () => {
  await seed(moto.endpoint);
  const { status, report, stderr } = await scanLive();
  assert.equal(status, 0, stderr);
  assert.deepEqual(report.errors, []);
  // One probe, answered by moto with no count row; then the list path for every type.
  assert.equal(configCalls('SelectResourceConfig').length, 1);
  assert.ok(configCalls('ListDiscoveredResources').length >= 20);
  assert.ok(configCalls('BatchGetResourceConfig').length >= 1);
  assert.ok(report.findings.some((f) => f.ruleId === 'PAL-S3-005' && f.cloud?.arn === SEEDED.arn.publicBucket), 'the public bucket, read through BatchGetResourceConfig');
});

/** A bucket item as SelectResourceConfig returns it (objects, tags as key/value pairs). */
function selectedBucket(i: number): Record<string, unknown> {
  const name = `sel-bucket-${i}`;
  const open = i === 0;
  return {
    resourceType: 'AWS::S3::Bucket',
    resourceId: name,
    resourceName: name,
    arn: `arn:aws:s3:::${name}`,
    accountId: MOTO_ACCOUNT,
    awsRegion: 'us-east-1',
    configurationItemStatus: 'OK',
    configuration: { name, owner: { id: 'owner' }, creationDate: '2026-11-30T05:58:12.332Z' },
    supplementaryConfiguration: {
      PublicAccessBlockConfiguration: { blockPublicAcls: !open, ignorePublicAcls: !open, blockPublicPolicy: !open, restrictPublicBuckets: !open },
      ...(open ? { BucketPolicy: { policyText: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${name}/*` }] }) } } : {}),
    },
    tags: [{ key: 'owner', value: 'team' }],
  };
}

/** Plays SelectResourceConfig over `items` (pages of the request's Limit), counting `counted`. */
function advancedQuery(items: object[], counted = items.length) {
  return (c: Call) => {
    if (c.service !== 'config' || c.operation !== 'SelectResourceConfig') return null;
    const req = JSON.parse(c.body) as { Expression: string; Limit?: number; NextToken?: string };
    assert.match(req.Expression, /WHERE resourceType IN \('AWS::S3::Bucket', /);
    assert.doesNotMatch(req.Expression, /AWS::Logs::LogGroup/, 'a type advanced query does not cover');
    if (req.Expression.startsWith('SELECT COUNT(*)')) return { kind: 'answer' as const, body: { Results: [JSON.stringify({ 'COUNT(*)': counted })], QueryInfo: { SelectFields: [{ Name: 'COUNT(*)' }] } } };
    const from = Number(req.NextToken ?? 0);
    const to = from + (req.Limit ?? 100);
    return { kind: 'answer' as const, body: { Results: items.slice(from, to).map((x) => JSON.stringify(x)), QueryInfo: { SelectFields: [] }, ...(to < items.length ? { NextToken: String(to) } : {}) } };
  };
}

test('where Config answers advanced queries, 150 items take one count and two pages, and the list path only reads the types it does not cover', async () => {
  await startRecorder(moto.endpoint, 'us-east-1');
  proxy.rule = advancedQuery(Array.from({ length: 150 }, (_, i) => selectedBucket(i)));
  const { status, report, stderr } = await scanLive();
  assert.equal(status, 0, stderr);
  assert.deepEqual(report.errors, []);
  assert.equal(configCalls('SelectResourceConfig').length, 3);
  assert.deepEqual(configCalls('ListDiscoveredResources').length, 2, 'AWS::Logs::LogGroup and AWS::ElastiCache::ReplicationGroup');
  assert.equal(configCalls('BatchGetResourceConfig').length, 0);
  assert.ok(report.findings.some((f) => f.ruleId === 'PAL-S3-005' && f.cloud?.arn === 'arn:aws:s3:::sel-bucket-0'));
  assert.ok(!report.findings.some((f) => f.cloud?.arn === 'arn:aws:s3:::sel-bucket-1' && f.ruleId === 'PAL-S3-005'));
  assert.ok(report.summary.resources >= 150);
});

test('items the count promised and the pages did not give are a reported gap', async () => {
  await startRecorder(moto.endpoint, 'us-east-1');
  proxy.rule = advancedQuery([selectedBucket(1), selectedBucket(2)], 5);
  const { status, report } = await scanLive();
  assert.equal(status, 3);
  assert.ok(report.errors.some((e) => e.level === 'error' && /SelectResourceConfig returned 2 of the 5 items it counted/.test(e.message) && e.file.includes('us-east-1')), JSON.stringify(report.errors));
});
