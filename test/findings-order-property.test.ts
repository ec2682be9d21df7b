/**
 * The built-in entrypoint returns its results as an array in the engine's own order (no set to
 * hash them into), so nothing after it may depend on that order: findingMapper keeps the result
 * with the lesser message of two for one rule, resource and attribute, and compareFindings
 * orders every finding that can differ. This pins it: the fixtures' raw results, shuffled and
 * with conflicting duplicates planted, give the same sorted findings.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadAll } from '../src/scan.js';
import { discover } from '../src/sources/discover.js';
import { nodeIO } from '../src/sources/io.js';
import { evaluate, type RawResult } from '../src/engine/evaluate.js';
import { loadCatalog } from '../src/engine/catalog.js';
import { compareFindings, findingMapper } from '../src/findings/map.js';

const ROOT = join(import.meta.dirname, '..');

test('findings do not depend on the order of the raw results, nor on which of two duplicates comes first', async () => {
  const found = await discover(['fixtures/compose/insecure', 'fixtures/cdk/cdk.out'], ROOT, { roots: [ROOT], allowOutsideRoot: false });
  const { resources } = await loadAll(found.inputs, nodeIO(undefined, ROOT, { roots: [ROOT], allowOutsideRoot: false }), { cwd: ROOT });
  const raw = await evaluate(resources, { required_tags: ['owner'] });
  assert.ok(raw.length > 50, `${raw.length} results`);
  const { rules } = loadCatalog();
  const findings = (results: RawResult[]) => {
    const out = findingMapper(rules)(results, resources);
    assert.deepEqual(out.problems, []);
    return JSON.stringify(out.findings.sort(compareFindings));
  };
  // A duplicate of a result (same rule, resource, path) with a greater message is never the one kept.
  const planted = raw.slice(0, 10).map((r) => ({ ...r, msg: `${r.msg}~ a later duplicate` }));
  const want = findings(raw);
  fc.assert(
    fc.property(fc.array(fc.nat(), { minLength: raw.length + planted.length, maxLength: raw.length + planted.length }), (keys) => {
      const all = [...raw, ...planted];
      const shuffled = all.map((r, n) => ({ r, k: keys[n]! })).sort((a, b) => a.k - b.k).map((x) => x.r);
      assert.equal(findings(shuffled), want);
    }),
    { numRuns: 25 },
  );
});
