/**
 * The policy harness (KICS-style): every rule folder under policies/ has fail-* and pass-*
 * fixtures and an expected.json pinning each finding's line. Fixtures run through the real
 * loaders and the compiled wasm bundle, so an unsupported builtin or a wrong line fails here.
 *
 * expected.json: { "<fixture file>": [ { "line": 7 }, ... ] }; pass-* fixtures expect nothing
 * from the rule. Optional `"config": { "requiredTags": [...], "tags": {...} }` at the top level
 * (`tags`: the configuration's tag policy settings).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadCatalog } from '../src/engine/catalog.js';
import { scanPaths } from './helpers/scan.js';
import type { ScanOptions } from '../src/scan.js';

const root = join(import.meta.dirname, '..');
const catalog = loadCatalog();

interface Expected {
  config?: { requiredTags?: string[]; tags?: ScanOptions['tags'] };
  [fixture: string]: unknown;
}

function ruleDirs(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (!statSync(p).isDirectory()) continue;
    if (existsSync(join(p, 'policy.rego'))) out.push(p);
    else out.push(...ruleDirs(p));
  }
  return out.sort();
}

// Sources whose loaders read single fixture files; other sources are covered by whole-system tests.
const FILE_SOURCES = ['compose', 'cloudformation'];

for (const dir of ruleDirs(join(root, 'policies'))) {
  const rel = relative(root, dir);
  const rule = catalog.rules.find((r) => r.file === `${rel}/policy.rego`);
  test(`${rel}`, async (t) => {
    assert.ok(rule, `${rel}/policy.rego is not in the compiled catalog: run npm run build:policies`);
    const files = readdirSync(dir);
    const fixtures = files.filter((f) => /^(fail|pass)-/.test(f)).sort();
    assert.ok(existsSync(join(dir, 'expected.json')), `${rel}: expected.json is missing`);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    const requiredTags = expected.config?.requiredTags ?? [];

    const covered = new Map<string, Set<string>>();
    for (const fixture of fixtures) {
      const kind = fixture.startsWith('fail-') ? 'fail' : 'pass';
      const path = relative(process.cwd(), join(dir, fixture));
      await t.test(fixture, async () => {
        const result = await scanPaths([path], requiredTags, expected.config?.tags);
        const errors = result.errors.filter((e) => e.level === 'error');
        assert.deepEqual(errors, [], `${fixture}: the fixture itself does not load`);
        for (const input of result.inputs) {
          const set = covered.get(input.kind) ?? new Set<string>();
          set.add(kind);
          covered.set(input.kind, set);
        }
        const mine = result.findings.filter((f) => f.ruleId === rule!.id);
        const got = mine.map((f) => ({ file: f.location?.file, line: f.location?.startLine })).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
        const want = kind === 'pass' ? [] : ((expected[fixture] as Array<{ line: number }> | undefined) ?? []).map((e) => ({ file: path.split('\\').join('/'), line: e.line }));
        if (kind === 'fail') assert.ok(want.length > 0, `${fixture}: expected.json lists no findings for a fail fixture`);
        assert.deepEqual(got, want, `${fixture}: ${rule!.id} findings differ from expected.json`);
      });
    }
    for (const source of rule!.sources.filter((s) => FILE_SOURCES.includes(s))) {
      const kinds = covered.get(source);
      assert.ok(kinds?.has('fail') && kinds.has('pass'), `${rel}: needs a fail-* and a pass-* fixture read as ${source}`);
    }
    for (const key of Object.keys(expected)) {
      if (key !== 'config') assert.ok(fixtures.includes(key), `${rel}/expected.json names ${key}, which is not a fixture here`);
    }
  });
}
