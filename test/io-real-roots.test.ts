/**
 * The scan roots' real paths are looked up once per scan (withRealRoots) and handed to every
 * reader: a root reached through a link still reads, and links below the root are still checked
 * on every read, so one that leaves the root is refused as before.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUTSIDE_ROOT, nodeIO, withRealRoots } from '../src/sources/io.js';

function tree(): { base: string; link: string } {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'palisade-realroots-')));
  mkdirSync(join(base, 'repo', 'sub'), { recursive: true });
  mkdirSync(join(base, 'outside'));
  writeFileSync(join(base, 'repo', 'sub', 'a.json'), '{"a":1}');
  writeFileSync(join(base, 'outside', 'secret.txt'), 'secret');
  symlinkSync(join(base, 'outside'), join(base, 'repo', 'out'));
  symlinkSync(join(base, 'repo'), join(base, 'repo-link'));
  return { base, link: join(base, 'repo-link') };
}

test('withRealRoots resolves a linked root once; reads inside succeed, links out are refused', async () => {
  const { base, link } = tree();
  const io = await withRealRoots({ roots: [link] }, link);
  assert.deepEqual(io.realRoots, { [link]: join(base, 'repo') });
  const reader = nodeIO(undefined, link, io);
  assert.equal(await reader.readText('sub/a.json'), '{"a":1}');
  const refused = await reader.readText('out/secret.txt');
  assert.equal(typeof refused === 'object' && refused.message, OUTSIDE_ROOT);
  const above = await reader.readText('../outside/secret.txt');
  assert.equal(typeof above === 'object' && above.message, OUTSIDE_ROOT);
});

test('a root that does not resolve is left out and looked up per read, as before', async () => {
  const { base } = tree();
  const missing = join(base, 'not-yet');
  const io = await withRealRoots({ roots: [missing] }, base);
  assert.deepEqual(io.realRoots, {});
  const reader = nodeIO(undefined, missing, io);
  const r = await reader.readText('x.json');
  assert.equal(typeof r === 'object' && r.message, 'read: no such file');
  mkdirSync(missing);
  writeFileSync(join(missing, 'x.json'), '{}');
  assert.equal(await reader.readText('x.json'), '{}');
});

test('with --allow-outside-root nothing is resolved', async () => {
  const { link } = tree();
  const io = { roots: [link], allowOutsideRoot: true };
  assert.equal(await withRealRoots(io, link), io);
});

test('one-open reads and their fallbacks give the messages the full walk gives', async () => {
  const { base, link } = tree();
  symlinkSync('sub/a.json', join(base, 'repo', 'to-a.json'));
  symlinkSync(join(base, 'outside', 'secret.txt'), join(base, 'repo', 'sub', 'leak.txt'));
  writeFileSync(join(base, 'repo', 'top.json'), '{"top":true}');
  const reader = nodeIO(undefined, link, await withRealRoots({ roots: [link] }, link));
  const message = (r: unknown) => (typeof r === 'object' && r !== null && 'message' in r ? r.message : r);
  assert.equal(await reader.readText('top.json'), '{"top":true}');
  assert.equal(await reader.readText('sub/a.json'), '{"a":1}');
  assert.equal(await reader.readText('to-a.json'), '{"a":1}');
  assert.equal(message(await reader.readText('sub/leak.txt')), OUTSIDE_ROOT);
  assert.equal(message(await reader.readText('out/secret.txt')), OUTSIDE_ROOT);
  assert.equal(message(await reader.readText('sub')), 'read: not a regular file');
  assert.equal(message(await reader.readText('sub/missing.json')), 'read: no such file');
  assert.equal(message(await reader.readText('top.json/x')), 'read: no such file');
});
