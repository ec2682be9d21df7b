/**
 * The committed policy bundle is what the Rego sources compile to (CI fails when it is stale),
 * and the Rego unit tests pass under the pinned OPA (the build script runs them).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

function run(cmd: string, args: string[]) {
  return spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

test('policies/bundle is up to date with the Rego sources (fmt, check --strict, opa test, build)', { timeout: 600_000 }, () => {
  const r = run(process.execPath, ['scripts/build-policies.mjs', '--check']);
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
  assert.match(r.stdout, /bundle is up to date \(\d+ rules, opa test PASS: (\d+)\/\1\)/);
});

test('the generated rule docs (README table, rules/README.md) are up to date', () => {
  const r = run(process.execPath, ['scripts/rules-doc.mjs', '--check']);
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
});

test('the example reports in reports/ are what the fixtures give today', () => {
  const r = run(process.execPath, ['scripts/example-reports.mjs', '--check']);
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
});
