/**
 * Live account/region groups are evaluated in slices (src/engine/batches.ts liveSlices): the
 * resource types that built-in rules judge together (LIVE_RELATED_TYPES) stay in one batch,
 * the rest is cut into batches of the batch size. The findings are those of one whole call,
 * and a rule that ranges over more than one resource must be accounted for in LIVE_RELATED.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfigSnapshot, readIamSnapshot } from '../src/sources/aws/snapshot.js';
import { normalizeConfigItems, normalizeIam } from '../src/sources/aws/normalize/index.js';
import { batches, evaluateBatch, evaluateBatches, LIVE_RELATED, LIVE_RELATED_TYPES, type RawResult } from '../src/engine/evaluate.js';
import { writeConfigSnapshots } from '../bench/w2.js';
import type { Resource } from '../src/model/resource.js';

const ACCOUNT = '111122223333';
const enc = (d: object) => encodeURIComponent(JSON.stringify(d));
const key = (r: RawResult) => JSON.stringify([r.rule, r.resource, r.path, r.msg]);

/**
 * IAM of one account: first a role whose inline policy copies the managed policy attached to
 * it (folded: judged once, as the policy), then filler roles, last that managed policy. Cut
 * naively, the role's slice lacks the policy and reports the copy again.
 */
function iamResources(fillers: number): Resource[] {
  const everything = enc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
  const trust = enc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
  const parn = `arn:aws:iam::${ACCOUNT}:policy/everything`;
  const role = (name: string, doc: string, attached: object[]) => ({
    RoleName: name, RoleId: `AROA${name}`, Arn: `arn:aws:iam::${ACCOUNT}:role/${name}`, Path: '/',
    AssumeRolePolicyDocument: trust, RolePolicyList: [{ PolicyName: 'inline', PolicyDocument: doc }], AttachedManagedPolicies: attached, Tags: [],
  });
  const RoleDetailList = [
    role('folded', everything, [{ PolicyName: 'everything', PolicyArn: parn }]),
    ...Array.from({ length: fillers }, (_, i) => role(`filler-${i}`, enc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: i % 3 === 0 ? 's3:*' : 's3:GetObject', Resource: '*' }] }), [])),
  ];
  const Policies = [{ PolicyName: 'everything', PolicyId: 'ANPA1', Arn: parn, Path: '/', DefaultVersionId: 'v1', AttachmentCount: 1, IsAttachable: true, PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: everything }] }];
  const snap = readIamSnapshot(Buffer.from(JSON.stringify({ account: ACCOUNT, authorizationDetails: { UserDetailList: [], GroupDetailList: [], RoleDetailList, Policies } })), 'iam.json');
  assert.deepEqual(snap.errors, []);
  const { resources, errors } = normalizeIam(snap.inputs, { account: ACCOUNT, origin: 'iam-snapshot:iam.json' });
  assert.deepEqual(errors.filter((e) => e.level === 'error'), []);
  // The policy last, after every role: relations cross any cut.
  return [...resources.filter((r) => r.type !== 'aws.iam.policy'), ...resources.filter((r) => r.type === 'aws.iam.policy')];
}

/** One region of the W2 bench's snapshot: `items` configuration items of nine kinds. */
function configResources(items: number): Resource[] {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-live-slices-'));
  try {
    writeConfigSnapshots(dir, items * 10);
    const out: Resource[] = [];
    for (const file of readdirSync(dir).sort().slice(0, 1)) {
      const snap = readConfigSnapshot(readFileSync(join(dir, file)), file);
      assert.deepEqual(snap.errors, []);
      out.push(...normalizeConfigItems(snap.items, { account: snap.account!, region: snap.region!, origin: `config-snapshot:${file}` }).resources);
    }
    assert.ok(out.length > 60, `${out.length} resources`);
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('live groups in slices: findings identical to one call per group when relations cross slice boundaries', async () => {
  const region = configResources(100);
  const resources = [...iamResources(60), ...region];
  const config = { required_tags: ['owner'] };
  const whole = await evaluateBatches(resources, config, { batchSize: 100_000 });
  assert.equal(whole.failures.length, 0);
  const folded = whole.results.filter((r) => r.resource === `arn:aws:iam::${ACCOUNT}:role/folded` && r.path[1] === 'policies');
  assert.deepEqual(folded, [], 'the inline copy of an attached policy is judged as the policy');
  assert.ok(whole.results.some((r) => r.resource === `arn:aws:iam::${ACCOUNT}:policy/everything`));
  for (const size of [7, 25, 60]) {
    const plan = batches(resources, size);
    assert.ok(plan.length > 2, `size ${size}: sliced`);
    // IAM (related) stays one batch; every other batch holds at most `size` resources.
    const iam = plan.filter((b) => b.resources.some((r) => LIVE_RELATED_TYPES.has(r.type)));
    assert.equal(iam.length, 1);
    assert.equal(iam[0]!.resources.length, 62);
    for (const b of plan) if (b !== iam[0]) assert.ok(b.resources.length <= size, `size ${size}: ${b.resources.length}`);
    assert.equal(plan.reduce((n, b) => n + b.resources.length, 0), resources.length, 'each resource in one batch');
    const sliced = await evaluateBatches(resources, config, { batchSize: size });
    assert.equal(sliced.failures.length, 0);
    assert.deepEqual(sliced.results.map(key).sort(), whole.results.map(key).sort(), `batch size ${size}`);
  }
  // Cut without regard to relations, the folded role is reported again: the test can tell.
  const naive: RawResult[] = [];
  for (let i = 0; i < resources.length; i += 25) naive.push(...evaluateBatch(resources.slice(i, i + 25), config));
  assert.notDeepEqual(naive.map(key).sort(), whole.results.map(key).sort());
  // A custom bundle may relate anything: its live groups stay whole.
  const starved = await evaluateBatches(resources, config, { batchSize: 25, maxMemoryPages: 2, wasm: readFileSync(join(import.meta.dirname, '..', 'policies', 'bundle', 'policy.wasm')) });
  assert.deepEqual(starved.failures.map((f) => f.resources).sort((a, b) => a - b), [region.length, 63].sort((a, b) => a - b));
});
