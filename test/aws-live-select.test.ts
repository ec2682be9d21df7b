/**
 * The live inventory's two paths. moto has no SelectResourceConfig: it answers every expression
 * with an empty result and no count, so against moto the inventory must fall back to
 * ListDiscoveredResources + BatchGetResourceConfig and still read everything. Where Config answers
 * advanced queries, the fault proxy in front of moto plays that one operation in the documented
 * response shape (Results: JSON text per item; COUNT(*) as one row), everything else is moto's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MOTO_ACCOUNT } from './helpers/moto.js';
import { motoWithProxy } from './helpers/moto-suite.js';
import type { Call } from './helpers/fault-proxy.js';
import { seed, startRecorder, SEEDED } from './helpers/seed-aws.js';
import { palisadeLive } from './helpers/live-cli.js';
import { INVENTORY_TYPES, SELECT_UNSUPPORTED } from '../src/sources/aws/config.js';

const empty = mkdtempSync(join(tmpdir(), 'palisade-select-'));
const suite = motoWithProxy();

interface Report {
  findings: Array<{ ruleId: string; cloud?: { arn?: string } }>;
  errors: Array<{ file: string; level: string; message: string }>;
  summary: { resources: number };
}

async function scanLive(): Promise<{ status: number; report: Report; stderr: string }> {
  const run = await palisadeLive(['scan', '--aws', '--aws-regions', 'us-east-1', '--json', '-', '--fail-on', 'none', '-q'], suite.proxy.endpoint, empty);
  return { status: run.status, report: JSON.parse(run.stdout) as Report, stderr: run.stderr };
}

const configCalls = (op: string) => suite.proxy.calls.filter((c) => c.service === 'config' && c.operation === op);

test('against moto (no SelectResourceConfig) the inventory is listed and batch-got, and nothing is lost', async () => {
  await seed(suite.moto.endpoint);
  const { status, report, stderr } = await scanLive();
  assert.equal(status, 0, stderr);
  assert.deepEqual(report.errors, []);
  // One probe, answered by moto with no count row; then the list path for every type.
  assert.equal(configCalls('SelectResourceConfig').length, 1);
  assert.ok(configCalls('ListDiscoveredResources').length >= 20);
  assert.ok(configCalls('BatchGetResourceConfig').length >= 1);
  assert.ok(report.findings.some((f) => f.ruleId === 'PAL-S3-005' && f.cloud?.arn === SEEDED.arn.publicBucket), 'the public bucket, read through BatchGetResourceConfig');
});

test('the list path asks moto for every inventory type, each once (one page each: moto lists few of them)', async () => {
  await startRecorder(suite.moto.endpoint, 'us-east-1');
  const { status, report, stderr } = await scanLive();
  assert.equal(status, 0, stderr);
  assert.deepEqual(report.errors, []);
  const listed = configCalls('ListDiscoveredResources').map((c) => (JSON.parse(c.body) as { resourceType: string }).resourceType);
  assert.deepEqual([...listed].sort(), [...INVENTORY_TYPES].sort());
  for (const t of ['AWS::EC2::Instance', 'AWS::EC2::Subnet', 'AWS::EKS::Cluster', 'AWS::CloudFront::Distribution', 'AWS::WAFv2::WebACL']) assert.ok(listed.includes(t), t);
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

/** The types named in an expression's `WHERE resourceType IN (...)`. */
const typesIn = (expression: string): string[] => [...(/WHERE resourceType IN \(([^)]*)\)/.exec(expression)?.[1] ?? '').matchAll(/'([^']*)'/g)].map((m) => m[1] ?? '');

/**
 * Plays SelectResourceConfig over those of `items` whose type the expression's IN list names
 * (as Config does; pages of the request's Limit), counting `counted`.
 */
function advancedQuery(all: Array<Record<string, unknown>>, counted?: number) {
  return (c: Call) => {
    if (c.service !== 'config' || c.operation !== 'SelectResourceConfig') return null;
    const req = JSON.parse(c.body) as { Expression: string; Limit?: number; NextToken?: string };
    const types = typesIn(req.Expression);
    assert.equal(types[0], 'AWS::S3::Bucket');
    assert.ok(!types.includes('AWS::Logs::LogGroup'), 'a type advanced query does not cover');
    const items = all.filter((x) => types.includes(String(x.resourceType)));
    if (req.Expression.startsWith('SELECT COUNT(*)')) return { kind: 'answer' as const, body: { Results: [JSON.stringify({ 'COUNT(*)': counted ?? items.length })], QueryInfo: { SelectFields: [{ Name: 'COUNT(*)' }] } } };
    const from = Number(req.NextToken ?? 0);
    const to = from + (req.Limit ?? 100);
    return { kind: 'answer' as const, body: { Results: items.slice(from, to).map((x) => JSON.stringify(x)), QueryInfo: { SelectFields: [] }, ...(to < items.length ? { NextToken: String(to) } : {}) } };
  };
}

test('where Config answers advanced queries, 150 items take one count and two pages, and the list path only reads the types it does not cover', async () => {
  await startRecorder(suite.moto.endpoint, 'us-east-1');
  suite.proxy.rule = advancedQuery(Array.from({ length: 150 }, (_, i) => selectedBucket(i)));
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

test('the advanced query names every inventory type it covers, in one expression', async () => {
  await startRecorder(suite.moto.endpoint, 'us-east-1');
  suite.proxy.rule = advancedQuery([]);
  const { status, stderr } = await scanLive();
  assert.equal(status, 0, stderr);
  const [probe = [], page] = configCalls('SelectResourceConfig').map((c) => typesIn((JSON.parse(c.body) as { Expression: string }).Expression));
  assert.deepEqual(probe, page);
  assert.deepEqual([...probe].sort(), INVENTORY_TYPES.filter((t) => !SELECT_UNSUPPORTED.has(t)).sort());
});

/** A policy's live fixture items in the SelectResourceConfig shape (configuration as an object, tags as pairs). */
function selectedFixture(file: string): Array<Record<string, unknown>> {
  const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'policies', 'aws', file), 'utf8')) as { items: Array<Record<string, unknown>> };
  const parse = (v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as unknown) : v);
  return fixture.items.map((it) => {
    const { version: _v, configurationItemCaptureTime: _t, configurationStateId: _s, availabilityZone: _a, resourceCreationTime: _r, relationships: _rel, ...rest } = it;
    const supplementary = Object.fromEntries(Object.entries((it.supplementaryConfiguration as Record<string, unknown> | undefined) ?? {}).map(([k, v]) => [k, parse(v)]));
    return { ...rest, configuration: parse(it.configuration), supplementaryConfiguration: supplementary, tags: [] };
  });
}
const selectedFromFixture = (file: string, resourceType: string) => selectedFixture(file).find((x) => x.resourceType === resourceType)!;

test('an EC2 instance read through the advanced query is judged like a snapshot item (PAL-EC2-010 fires on the API scan)', async () => {
  await startRecorder(suite.moto.endpoint, 'us-east-1');
  const optional = selectedFromFixture('ec2/instance_imdsv1/live-fail-tokens-optional.json', 'AWS::EC2::Instance');
  // The pass fixture is the same instance with tokens required: here a second instance beside it.
  const id = 'i-0a1b2c3d4e5f6ffff';
  const required = { ...selectedFromFixture('ec2/instance_imdsv1/live-pass-tokens-required.json', 'AWS::EC2::Instance'), resourceId: id, resourceName: id, arn: `arn:aws:ec2:us-east-1:111122223333:instance/${id}` };
  suite.proxy.rule = advancedQuery([selectedBucket(1), optional, required]);
  const { status, report, stderr } = await scanLive();
  assert.equal(status, 0, stderr);
  assert.deepEqual(report.errors, []);
  const imds = report.findings.filter((f) => f.ruleId === 'PAL-EC2-010').map((f) => f.cloud?.arn);
  assert.deepEqual(imds, [optional.arn]);
});

test('VPCs and flow logs come in the same query pages: the VPC without one is PAL-VPC-001 on the API scan, its twin is not', async () => {
  await startRecorder(suite.moto.endpoint, 'us-east-1');
  const items = selectedFixture('vpc/flow_logs/live-fail-no-flow-log.json');
  assert.deepEqual([...new Set(items.map((x) => x.resourceType))].sort(), ['AWS::EC2::FlowLog', 'AWS::EC2::VPC']);
  suite.proxy.rule = advancedQuery(items);
  const { status, report, stderr } = await scanLive();
  assert.equal(status, 0, stderr);
  assert.deepEqual(report.errors, []);
  const vpc = report.findings.filter((f) => f.ruleId === 'PAL-VPC-001').map((f) => f.cloud?.arn);
  assert.deepEqual(vpc, ['arn:aws:ec2:us-east-1:111122223333:vpc/vpc-0a1b2c3d4e5f60720']);
});

test('a query page lost part-way leaves flow logs unknown: no VPC is reported for lacking one it may have', async () => {
  await startRecorder(suite.moto.endpoint, 'us-east-1');
  const [withLog, without, flowLog] = selectedFixture('vpc/flow_logs/live-fail-no-flow-log.json');
  // The VPCs on the first page, the flow log on the second, which fails.
  const items = [withLog!, without!, ...Array.from({ length: 147 }, (_, i) => selectedBucket(i)), flowLog!];
  assert.equal(flowLog?.resourceType, 'AWS::EC2::FlowLog');
  const played = advancedQuery(items);
  suite.proxy.rule = (c) => (c.service === 'config' && c.operation === 'SelectResourceConfig' && (JSON.parse(c.body) as { NextToken?: string }).NextToken === '100' ? { kind: 'deny' } : played(c));
  const { status, report } = await scanLive();
  assert.equal(status, 3);
  assert.ok(report.errors.some((e) => /SelectResourceConfig failed after 100 items/.test(e.message) && e.file.includes('us-east-1')), JSON.stringify(report.errors));
  assert.deepEqual(report.findings.filter((f) => f.ruleId === 'PAL-VPC-001'), []);
  // The bucket on the page that came is still judged.
  assert.ok(report.findings.some((f) => f.ruleId === 'PAL-S3-005' && f.cloud?.arn === 'arn:aws:s3:::sel-bucket-0'));
});

test('items the count promised and the pages did not give are a reported gap', async () => {
  await startRecorder(suite.moto.endpoint, 'us-east-1');
  suite.proxy.rule = advancedQuery([selectedBucket(1), selectedBucket(2)], 5);
  const { status, report } = await scanLive();
  assert.equal(status, 3);
  assert.ok(report.errors.some((e) => e.level === 'error' && /SelectResourceConfig returned 2 of the 5 items it counted/.test(e.message) && e.file.includes('us-east-1')), JSON.stringify(report.errors));
});
