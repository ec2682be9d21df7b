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
  // The built CLI, with a loader hook that lists every module resolved: the bundle's files
  // (dist/*.js), which esbuild's metafile (written by npm run build) maps back to the source
  // modules each holds. The folder holds no input, so the load worker (which loads the parsers
  // it needs) never starts: what is listed is the main thread's graph.
  const dist = new URL('../dist/', import.meta.url);
  const meta = JSON.parse(readFileSync(new URL('bundle.meta.json', dist), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
  const empty = mkdtempSync(join(tmpdir(), 'palisade-startup-'));
  const hook = `data:text/javascript,${encodeURIComponent("export async function resolve(s,c,n){const r=await n(s,c);process._rawDebug('MOD '+r.url);return r}")}`;
  const reg = `data:text/javascript,${encodeURIComponent(`import{register}from'node:module';register(${JSON.stringify(hook)})`)}`;
  const r = spawnSync(process.execPath, ['--import', reg, new URL('cli.js', dist).pathname, 'scan', '.', '--quiet', '--fail-on', 'none'], { cwd: empty, encoding: 'utf8' });
  rmSync(empty, { recursive: true, force: true });
  assert.equal(r.status, 0, r.stderr);
  const files = r.stderr.split('\n').filter((l) => l.startsWith('MOD ') && l.startsWith(`MOD ${dist.href}`)).map((l) => `dist/${l.slice(4 + dist.href.length)}`);
  assert.ok(files.includes('dist/cli.js') && files.length > 1, `the hook saw the bundle's files: ${files.join(', ')}`);
  const mods = files.flatMap((f) => {
    assert.ok(meta.outputs[f], `${f} is in dist/bundle.meta.json (run npm run build)`);
    return Object.keys(meta.outputs[f]!.inputs);
  });
  assert.ok(mods.includes('src/scan.ts'), 'the scan was loaded');
  assert.ok(mods.includes('node_modules/@open-policy-agent/opa-wasm/src/opa.js'), 'the policy engine SDK is bundled');
  // (The policy engine's SDK brings its own copy of yaml, for Rego's yaml builtins: not this one.)
  for (const heavy of ['node_modules/yaml/', 'node_modules/ajv/dist/ajv.js', 'node_modules/ajv/dist/core.js', 'node_modules/preact', 'src/report/html/', 'src/report/sarif.ts', 'src/config/load.ts', 'node_modules/@aws-sdk/', 'src/sources/aws/', 'src/sources/compose/index.ts', 'src/sources/compose/schema.ts', 'src/sources/cloudformation/file.ts', 'src/sources/cloudformation/normalize/', 'src/sources/cdk/', 'src/sources/document/', 'src/generated/']) {
    assert.ok(!mods.some((m) => m.startsWith(heavy)), `${heavy} was loaded by a console-only scan`);
  }
});
