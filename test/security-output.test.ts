/**
 * Attacks 4 and 6 (output): names and values in a hostile file try to forge GitHub workflow
 * commands (`::error`, `::add-mask::`), reorder text with bidi controls, or plant machine paths
 * in SARIF. No console line may start with `::` or carry a raw control; SARIF message text holds
 * no raw controls, and no location escapes %SRCROOT%. A top-level `__proto__` is just a key.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { scan } from '../src/scan.js';
import { formatConsole } from '../src/report/console.js';
import { formatSarif, insideRoot } from '../src/report/sarif.js';
import { escapeControls, safeText } from '../src/report/text.js';

const FORGE = '\n::error file=README.md,line=1::forged\r\n::add-mask::x\u001b[2J\u202egnp.exe\u2028\u2066tail\u0085';
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function hostileTree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-forge-'));
  const q = JSON.stringify(FORGE);
  writeFileSync(join(dir, 'compose.yaml'), `services:\n  ${q}:\n    image: ${q}\n    privileged: true\n    ${q}: 1\n`);
  writeFileSync(join(dir, 'stack.json'), JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: { [`B${FORGE}`]: { Type: 'AWS::S3::Bucket', Properties: { BucketName: FORGE } } } }));
  mkdirSync(join(dir, 'more'));
  writeFileSync(join(dir, 'more', 'compose.yaml'), `services:\n  web:\n    image: ${q}\n    labels: {${q}: ${q}}\n`);
  return dir;
}

test('no console line from hostile input starts a workflow command or carries a raw control character', async () => {
  const dir = hostileTree();
  const result = await scan({ paths: ['.'], requiredTags: [], cwd: dir });
  assert.ok(result.findings.length > 0 && result.errors.length > 0, 'the hostile names reach findings and errors');
  const text = formatConsole(result, { color: false });
  assert.match(text, /\\x0a::error/);
  for (const line of text.split('\n')) {
    assert.ok(!line.trimStart().startsWith('::'), `workflow command line: ${line}`);
    assert.ok(!UNSAFE.test(line), `raw control in: ${JSON.stringify(line)}`);
  }
});

test('SARIF message text has no raw control characters', async () => {
  const dir = hostileTree();
  const sarif = JSON.parse(formatSarif(await scan({ paths: ['.'], requiredTags: [], cwd: dir })));
  const texts: string[] = [];
  const walk = (x: unknown, key = ''): void => {
    if (typeof x === 'string' && key === 'text') texts.push(x);
    else if (Array.isArray(x)) x.forEach((v) => walk(v));
    else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) walk(v, k);
  };
  for (const run of sarif.runs) {
    walk(run.results);
    walk(run.invocations);
  }
  assert.ok(texts.length > 0);
  for (const t of texts) assert.ok(!UNSAFE.test(t), `raw control in SARIF text: ${JSON.stringify(t)}`);
});

test('SARIF never gives %SRCROOT% an absolute path or one climbing out of the root', async () => {
  // Scanned from elsewhere, paths read ../../tmp/...: they are left out of physical locations.
  const dir = hostileTree();
  const result = await scan({ paths: [relative(process.cwd(), dir)], requiredTags: [] });
  result.errors.push({ file: '/etc/passwd', level: 'error', message: 'read: refused' });
  const sarif = JSON.parse(formatSarif(result));
  const uris: Array<{ uri: string; uriBaseId?: string }> = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      if ('artifactLocation' in x) uris.push((x as { artifactLocation: { uri: string; uriBaseId?: string } }).artifactLocation);
      Object.values(x).forEach(walk);
    }
  };
  walk(sarif);
  for (const u of uris) assert.ok(u.uriBaseId === undefined || insideRoot(decodeURIComponent(u.uri)), JSON.stringify(u));
  assert.ok(!uris.some((u) => u.uri.startsWith('..') || u.uri.startsWith('/') || u.uri.startsWith('%2F')), JSON.stringify(uris.slice(0, 5)));
  // Scanned from inside, the same files keep their physical locations.
  const inside = JSON.parse(formatSarif(await scan({ paths: ['.'], requiredTags: [], cwd: dir })));
  assert.ok(inside.runs[0].results.some((r: { locations: Array<{ physicalLocation?: unknown }> }) => r.locations[0]!.physicalLocation));
});

test('escaping: C0, C1, DEL, bidi and separators become visible escapes; a leading :: is broken', () => {
  assert.equal(escapeControls('a\nb\rc\u001bd\u007f\u0085\u202e\u2028\u2069'), 'a\\x0ab\\x0dc\\x1bd\\x7f\\x85\\u202e\\u2028\\u2069');
  assert.equal(safeText('::add-mask::x'), '\\x3a:add-mask::x');
  assert.equal(safeText('  ::error::x'), '  \\x3a:error::x');
  assert.equal(safeText('image a::b'), 'image a::b');
});

test('a top-level __proto__ key is reported as that key, never as the keys under it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-proto-'));
  writeFileSync(join(dir, 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n    labels:\n      __proto__: x\n    environment:\n      __proto__: y\n__proto__:\n  polluted: true\n');
  const r = await scan({ paths: ['.'], requiredTags: [], cwd: dir });
  assert.deepEqual(r.errors.map((e) => `${e.line} ${e.message}`), ['9 compose schema: the file has an attribute that is not allowed: __proto__']);
  assert.ok(r.findings.some((f) => f.ruleId === 'PAL-COMPOSE-001'));
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});
