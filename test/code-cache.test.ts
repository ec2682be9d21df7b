/**
 * The load worker's V8 code cache (src/code-cache.ts): used when it is the user's own and made
 * for these exact bytes, written once when missing or rejected, never read from a folder others
 * may write to, and never a reason for different output.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI, ROOT } from './helpers/cli.js';

const CODE_CACHE = pathToFileURL(join(ROOT, 'src', 'code-cache.ts')).href;

/** Runs `file` through runCommonJs in a fresh process; what it printed and whether the cache was hit. */
function runIn(file: string, cacheDir: string): { out: string; hit: boolean } {
  const script = `import { runCommonJs } from ${JSON.stringify(CODE_CACHE)};
const run = runCommonJs(new URL(${JSON.stringify(pathToFileURL(file).href)}));
run.save();
process.stdout.write(' hit=' + run.hit);`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PALISADE_CODE_CACHE: cacheDir } });
  assert.equal(r.status, 0, r.stderr);
  const m = / hit=(true|false)$/.exec(r.stdout)!;
  return { out: r.stdout.slice(0, m.index), hit: m[1] === 'true' };
}

function bundle(dir: string, body: string): string {
  const file = join(dir, 'bundle.cjs');
  writeFileSync(file, `const { basename } = require('node:path');\n${body}\nprocess.stdout.write(basename(__filename) + ' ' + typeof module.exports);\n`);
  return file;
}

test('a cache is written when missing, then hit; a rebuilt bundle gets its own and the old one goes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-cc-'));
  try {
    const cache = join(dir, 'cache');
    const file = bundle(dir, 'function twice(x) { return x * 2; }\nprocess.stdout.write(String(twice(21)) + " ");');
    assert.deepEqual(runIn(file, cache), { out: '42 bundle.cjs object', hit: false });
    const first = readdirSync(cache);
    assert.equal(first.length, 1);
    assert.match(first[0]!, /^bundle\.cjs-[0-9a-f]{32}\.v8$/);
    assert.deepEqual(runIn(file, cache), { out: '42 bundle.cjs object', hit: true });

    bundle(dir, 'function twice(x) { return x * 3; }\nprocess.stdout.write(String(twice(21)) + " ");');
    assert.deepEqual(runIn(file, cache), { out: '63 bundle.cjs object', hit: false });
    const second = readdirSync(cache);
    assert.equal(second.length, 1);
    assert.notEqual(second[0], first[0]);
    assert.deepEqual(runIn(file, cache), { out: '63 bundle.cjs object', hit: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a corrupt cache is rejected by V8 and rewritten; the code runs the same', () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-cc-'));
  try {
    const cache = join(dir, 'cache');
    const file = bundle(dir, 'process.stdout.write("ok ");');
    runIn(file, cache);
    const [name] = readdirSync(cache);
    writeFileSync(join(cache, name!), Buffer.alloc(4096, 7), { mode: 0o600 });
    assert.deepEqual(runIn(file, cache), { out: 'ok bundle.cjs object', hit: false });
    assert.deepEqual(runIn(file, cache), { out: 'ok bundle.cjs object', hit: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a cache folder others may write to is not used; off turns the cache off', () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-cc-'));
  try {
    const shared = join(dir, 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o777);
    const file = bundle(dir, '');
    assert.deepEqual(runIn(file, shared), { out: 'bundle.cjs object', hit: false });
    assert.deepEqual(readdirSync(shared), []);
    assert.deepEqual(runIn(file, 'off'), { out: 'bundle.cjs object', hit: false });
    assert.equal(existsSync(join(ROOT, 'off')), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the built CLI prints the same with the cache off, cold and warm', () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-cc-'));
  try {
    const cache = join(dir, 'cache');
    const args = [CLI, 'scan', 'fixtures/compose/insecure', 'fixtures/cdk/cdk.out', '--fail-on', 'none', '--json', '-'];
    const run = (setting: string) => spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1764633600', PALISADE_CODE_CACHE: setting } });
    const off = run('off');
    assert.equal(off.status, 0, off.stderr);
    for (const label of ['cold', 'warm']) {
      const r = run(cache);
      assert.equal(r.status, 0, `${label}: ${r.stderr}`);
      assert.equal(r.stdout, off.stdout, label);
      assert.equal(r.stderr, off.stderr, label);
      assert.equal(readdirSync(cache).filter((f) => f.startsWith('load-worker.cjs-')).length, 1, label);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
