/**
 * Live fixtures beside each AWS rule: `live-fail-*.json` / `live-pass-*.json` hold
 * `{ "expect": [{ "rule", "resource", "path" }], "items": [...] }`, the items in the shape
 * BatchGetResourceConfig returns (configuration and supplementaryConfiguration values as JSON
 * text). They run through normalizeConfigItems and the compiled wasm; the rule's findings must
 * be exactly those expected (none for a pass fixture). A rule whose metadata leaves out the
 * `aws` source must have no live fixture.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadCatalog } from '../src/engine/catalog.js';
import { evaluate, type PolicyData } from '../src/engine/evaluate.js';
import { normalizeAccount, normalizeConfigItems, normalizeIam } from '../src/sources/aws/normalize/index.js';
import type { IamInputs, RegionStatus } from '../src/sources/aws/normalize/index.js';

const root = join(import.meta.dirname, '..');
const rules = loadCatalog().rules.filter((r) => r.package.startsWith('aws.') && !r.deprecated);

/** Rules that judge live resources but have no live fixture yet (see the README): this list may only shrink. */
const PENDING = new Set([
  'PAL-APIGW-001', 'PAL-APIGW-002',
  'PAL-KMS-002',
  // Live, a function's log group is its own resource (PAL-LOGS-001); one missing from the inventory is unknown, never 'none'.
  'PAL-LAMBDA-005',
  'PAL-OS-001', 'PAL-OS-002', 'PAL-OS-003', 'PAL-OS-004',
  'PAL-OS-005', 'PAL-OS-006', 'PAL-OS-007', 'PAL-SNS-001', 'PAL-SNS-002',
  'PAL-SQS-002', 'PAL-TAG-001',
  // Rules added with their template normalizers this round; the live normalizers for their types
  // (launch templates, volumes, EKS, EFS, Redshift, Kinesis, Secrets Manager, VPC flow logs) and
  // the fields the others read live (DLQ, reserved concurrency, X-Ray, Multi-AZ, log exports,
  // rule descriptions, OIDC trust conditions) have no live fixtures yet.
  'PAL-APIGW-003', 'PAL-EC2-003', 'PAL-EC2-004', 'PAL-EC2-005', 'PAL-EC2-006', 'PAL-EFS-001',
  'PAL-EKS-001', 'PAL-EKS-002', 'PAL-EKS-003', 'PAL-IAM-008', 'PAL-IAM-009', 'PAL-KIN-001',
  'PAL-LAMBDA-007', 'PAL-LAMBDA-008', 'PAL-LAMBDA-009', 'PAL-RDS-007', 'PAL-RDS-008',
  'PAL-RS-001', 'PAL-RS-002', 'PAL-RS-003', 'PAL-SM-001', 'PAL-SM-002', 'PAL-VPC-001',
]);

/**
 * `items`: Config items; `iam`: normalizeIam's inputs (as the IAM API returns them); `account`:
 * normalizeAccount's recorders per region and trails.
 */
interface LiveFixture {
  expect: Array<{ rule: string; resource: string; path: Array<string | number> }>;
  items?: unknown[];
  iam?: IamInputs;
  account?: { regions: RegionStatus[]; trails?: unknown[] };
  /** Policy data, for rules the configuration drives (tags). */
  config?: PolicyData;
}

function load(fx: LiveFixture) {
  const out = [
    fx.items ? normalizeConfigItems(fx.items, { account: '111122223333', region: 'us-east-1', origin: 'config-api' }) : undefined,
    fx.iam ? normalizeIam(fx.iam, { account: '111122223333', origin: 'iam-api' }) : undefined,
    fx.account ? normalizeAccount('111122223333', fx.account.regions, fx.account.trails) : undefined,
  ].filter((r) => r !== undefined);
  return { resources: out.flatMap((r) => r.resources), errors: out.flatMap((r) => r.errors) };
}

for (const rule of rules) {
  const dir = join(root, dirname(rule.file));
  const fixtures = existsSync(dir) ? readdirSync(dir).filter((f) => /^live-(fail|pass)-.+\.json$/.test(f)).sort() : [];
  test(`${rule.id} live fixtures (${dirname(rule.file)})`, async (t) => {
    if (!rule.sources.includes('aws')) {
      assert.deepEqual(fixtures, [], `${rule.id} does not apply to live resources (sources: ${rule.sources.join(', ')}) but has live fixtures`);
      return;
    }
    const kinds = new Set(fixtures.map((f) => f.split('-')[1]));
    if (PENDING.has(rule.id)) {
      assert.ok(kinds.size < 2, `${rule.id} has live fixtures now: remove it from PENDING`);
      return;
    }
    assert.ok(kinds.has('fail') && kinds.has('pass'), `${rule.id}: needs a live-fail-*.json and a live-pass-*.json`);
    for (const name of fixtures) {
      await t.test(name, async () => {
        const fx = JSON.parse(readFileSync(join(dir, name), 'utf8')) as LiveFixture;
        const { resources, errors } = load(fx);
        assert.deepEqual(errors, [], `${name}: the items do not normalize cleanly`);
        assert.equal(resources.length > 0, true);
        const ruleName = rule.package.split('.').slice(1).join('.');
        const got = (await evaluate(resources, fx.config ?? { required_tags: [] }))
          .filter((r) => r.rule.endsWith(ruleName))
          .map((r) => ({ rule: rule.id, resource: r.resource, path: r.path }));
        const want = name.startsWith('live-pass-') ? [] : fx.expect;
        if (name.startsWith('live-fail-')) assert.ok(want.length > 0, `${name}: a fail fixture expects nothing`);
        assert.deepEqual(got, want, `${name}: ${rule.id} findings differ`);
      });
    }
  });
}
