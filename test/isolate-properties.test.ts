/**
 * A template's resources cross from the load worker without their properties (the policy JSON
 * sent beside them holds them) and get them back on first read: every reader on the main thread
 * must see what an in-process load gives, as the policies see it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { discover } from '../src/sources/discover.js';
import { loadIsolated } from '../src/sources/isolate.js';
import { nodeIO } from '../src/sources/io.js';
import { loadInput } from '../src/sources/load.js';
import { encode } from '../src/model/policy-json.js';
import { withDeferredProperties, propertiesDeferred, toPolicyResource, type Resource } from '../src/model/resource.js';
import { locationsOf } from '../src/model/locations.js';

const ROOT = join(import.meta.dirname, '..');

test('resources loaded in the worker read as loaded in process, properties deferred for templates only', async () => {
  const io = { roots: [ROOT], allowOutsideRoot: false };
  const found = await discover(['fixtures', 'policies/aws'], ROOT, io);
  const isolated = await loadIsolated(found.inputs, { cwd: ROOT }, { timeoutMs: 60_000, io });
  const local = nodeIO(undefined, ROOT, io);
  let deferred = 0;
  let whole = 0;
  for (const { input, result } of isolated) {
    const expected = await loadInput(input, local, { cwd: ROOT });
    assert.equal(result.resources.length, expected.resources.length, JSON.stringify(input));
    result.resources.forEach((r, n) => {
      const e = expected.resources[n]!;
      const lazy = typeof Object.getOwnPropertyDescriptor(r, 'properties')?.get === 'function';
      assert.equal(lazy, propertiesDeferred(e), r.id);
      if (lazy) deferred++;
      else whole++;
      // Same keys, in the same order, before and after the first read.
      assert.deepEqual(Object.keys(r), Object.keys(e), r.id);
      assert.equal(JSON.stringify(toPolicyResource(r)), JSON.stringify(toPolicyResource(e)), r.id);
      assert.deepEqual(r.provenance, e.provenance, r.id);
      assert.deepEqual(Object.keys(r), Object.keys(e), r.id);
      // Read once: the same object every time after.
      assert.equal(r.properties, r.properties);
    });
  }
  assert.ok(deferred > 100 && whole > 10, `${deferred} deferred, ${whole} whole`);
});

test('deferred properties: parsed on first read, and a write replaces them', () => {
  const r = { id: 't.json#A', type: 'aws.s3.bucket', source: 'cloudformation', name: 'A', properties: null, tags: {}, provenance: { kind: 'file', file: 't.json', span: { line: 1, endLine: 2 }, locations: locationsOf() } } as unknown as Resource;
  const properties = { versioning: { enabled: true }, name: { $unknown: 'a parameter' }, text: 'ü 名 😀 \ud800 \ufeff' };
  const policy = encode(JSON.stringify({ ...toPolicyResource(r), properties }));
  const d = withDeferredProperties(r, policy);
  assert.deepEqual(d.properties, properties);
  assert.equal(Object.getOwnPropertyDescriptor(d, 'properties')?.writable, true);
  const s = withDeferredProperties(r, policy);
  s.properties = { other: 1 };
  assert.deepEqual(s.properties, { other: 1 });
  assert.deepEqual(Object.keys(s), ['id', 'type', 'source', 'name', 'properties', 'tags', 'provenance']);
});
