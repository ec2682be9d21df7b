/** The precompiled validators (src/generated/) are what scripts/build-validators.ts writes today. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { VALIDATORS } from '../scripts/build-validators.js';
import { parseConfig } from '../src/config/load.js';

for (const [path, make] of Object.entries(VALIDATORS)) {
  test(`${path} is not stale (npm run build:validators)`, () => {
    assert.equal(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'), make(), `${path} is stale: run npm run build:validators`);
  });
}

test('the precompiled configuration validator still rejects an unknown key at its line', () => {
  const { errors } = parseConfig('.palisade.yaml', 'failOn: high\nfailon: low\n');
  assert.equal(errors.length, 1);
  assert.equal(errors[0]!.line, 2);
  assert.match(errors[0]!.message, /unknown key 'failon'/);
});

test('a scan without a configuration file loads neither the YAML parser nor ajv nor the report writers', async () => {
  const { spawnSync } = await import('node:child_process');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  // The built CLI, with a loader hook that lists every module resolved. The folder holds no
  // input, so the load worker (which loads the parsers it needs) never starts: what is listed
  // is the main thread's graph.
  const empty = mkdtempSync(join(tmpdir(), 'palisade-startup-'));
  const hook = `data:text/javascript,${encodeURIComponent("export async function resolve(s,c,n){const r=await n(s,c);process._rawDebug('MOD '+r.url);return r}")}`;
  const reg = `data:text/javascript,${encodeURIComponent(`import{register}from'node:module';register(${JSON.stringify(hook)})`)}`;
  const r = spawnSync(process.execPath, ['--import', reg, new URL('../dist/cli.js', import.meta.url).pathname, 'scan', '.', '--quiet', '--fail-on', 'none'], { cwd: empty, encoding: 'utf8' });
  rmSync(empty, { recursive: true, force: true });
  assert.equal(r.status, 0, r.stderr);
  const mods = r.stderr.split('\n').filter((l) => l.startsWith('MOD ')).map((l) => l.slice(4));
  assert.ok(mods.some((m) => m.endsWith('/dist/scan.js')), 'the hook saw the scan');
  for (const heavy of ['/node_modules/yaml/', '/node_modules/ajv/dist/ajv.js', '/node_modules/preact', '/dist/report/html/', '/dist/report/sarif.js', '/dist/config/load.js', '@aws-sdk', '/dist/sources/aws/']) {
    assert.ok(!mods.some((m) => m.includes(heavy)), `${heavy} was loaded by a console-only scan`);
  }
});
