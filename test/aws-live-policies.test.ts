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
import { normalizeAccount, normalizeConfigItems, normalizeIam, recordedBy } from '../src/sources/aws/normalize/index.js';
import type { IamInputs, RegionStatus } from '../src/sources/aws/normalize/index.js';

const root = join(import.meta.dirname, '..');
const rules = loadCatalog().rules.filter((r) => r.package.startsWith('aws.') && !r.deprecated);

/** Rules that judge live resources but have no live fixture yet (see the README): this list may only shrink. */
const PENDING = new Set([
  // Stays silent live, on purpose: the template rule asks that a function declare its log group.
  // Live, Lambda creates the group at the first invocation, and an existing group is its own
  // resource judged by PAL-LOGS-001 (retention, key); a group missing from the inventory (not
  // invoked yet, or the type not recorded) is Unknown, never "none", so this rule cannot fail live.
  'PAL-LAMBDA-005',
]);

/**
 * `items`: Config items; `iam`: normalizeIam's inputs (as the IAM API returns them); `account`:
 * normalizeAccount's recorders per region and trails; `recorders`: the region's
 * DescribeConfigurationRecorders output, for the types it records.
 */
interface LiveFixture {
  expect: Array<{ rule: string; resource: string; path: Array<string | number> }>;
  items?: unknown[];
  recorders?: unknown[];
  iam?: IamInputs;
  account?: { regions: RegionStatus[]; trails?: unknown[] };
  /** Policy data, for rules the configuration drives (tags). */
  config?: PolicyData;
}

function load(fx: LiveFixture) {
  const out = [
    fx.items ? normalizeConfigItems(fx.items, { account: '111122223333', region: 'us-east-1', origin: 'config-api' }, fx.recorders ? recordedBy(fx.recorders) : undefined) : undefined,
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
        const got = (await evaluate(resources, { required_tags: [], ...fx.config }))
          .filter((r) => r.rule.endsWith(ruleName))
          .map((r) => ({ rule: rule.id, resource: r.resource, path: r.path }));
        const want = name.startsWith('live-pass-') ? [] : fx.expect;
        if (name.startsWith('live-fail-')) assert.ok(want.length > 0, `${name}: a fail fixture expects nothing`);
        // The engine's order is not part of the contract (findings/map.ts orders findings).
        const sorted = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).sort();
        assert.deepEqual(sorted(got), sorted(want), `${name}: ${rule.id} findings differ`);
      });
    }
  });
}
