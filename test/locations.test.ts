/**
 * The packed locations (src/model/locations.ts): a lookup finds what a plain path -> span
 * record would hold, for every resource of a shared table, after a structured clone too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deserialize, serialize } from 'node:v8';
import fc from 'fast-check';
import { discardLocations, LocationRecorder, locationEntries, locationRecord, locationsOf, spanAt, type Locations } from '../src/model/locations.js';
import type { LocationTable } from '../src/model/locations.js';
import type { Span } from '../src/model/resource.js';
import { discover } from '../src/sources/discover.js';
import { loadIsolated } from '../src/sources/isolate.js';

test('a lookup matches the whole path only, and the later of two entries for one path holds', () => {
  const l = locationsOf({ 'properties.ports': { line: 3, endLine: 5 }, 'properties.ports.0': { line: 4, endLine: 4 } });
  assert.deepEqual(spanAt(l, 'properties.ports'), { line: 3, endLine: 5 });
  assert.deepEqual(spanAt(l, 'properties.ports.0'), { line: 4, endLine: 4 });
  assert.equal(spanAt(l, 'properties.port'), undefined);
  assert.equal(spanAt(l, 'properties.ports.0.x'), undefined);
  assert.equal(spanAt(l, ''), undefined);
  // Names an object's prototype holds are paths like any other: nothing is found for them.
  assert.equal(spanAt(l, 'constructor'), undefined);
  assert.equal(spanAt(l, '__proto__'), undefined);

  const recorder = new LocationRecorder();
  const w = recorder.writer();
  w.set('tags.owner', { line: 1, endLine: 1 });
  w.set('properties.image', { line: 2, endLine: 2 });
  w.set('tags.owner', { file: 'compose.override.yaml', line: 7, endLine: 8 });
  assert.equal(w.has('tags.owner'), true);
  assert.equal(w.has('tags'), false);
  const one = w.close();
  recorder.finish();
  assert.deepEqual(spanAt(one, 'tags.owner'), { file: 'compose.override.yaml', line: 7, endLine: 8 });
  assert.deepEqual(locationEntries(one), [
    ['tags.owner', { file: 'compose.override.yaml', line: 7, endLine: 8 }],
    ['properties.image', { line: 2, endLine: 2 }],
  ]);
});

test('the resources of one input share a table, each seeing only its own entries', () => {
  const recorder = new LocationRecorder();
  const a = recorder.writer();
  const b = recorder.writer();
  a.set('properties.x', { line: 1, endLine: 1 });
  b.set('properties.x', { file: 'other.yaml', line: 9, endLine: 9 });
  b.set('properties.y', { line: 10, endLine: 11 });
  // Closed in another order than opened: each keeps its own entries.
  const lb = b.close();
  const la = a.close();
  const empty = recorder.writer().close();
  recorder.finish();
  assert.equal(la.table, lb.table);
  assert.deepEqual(locationRecord(la), { 'properties.x': { line: 1, endLine: 1 } });
  assert.deepEqual(locationRecord(lb), { 'properties.x': { file: 'other.yaml', line: 9, endLine: 9 }, 'properties.y': { line: 10, endLine: 11 } });
  assert.deepEqual(locationRecord(empty), {});
  assert.equal(spanAt(empty, 'properties.x'), undefined);

  // As the load worker sends them: one message, the table written once and shared on arrival.
  const [ca, cb] = deserialize(serialize([la, lb])) as Locations[];
  assert.equal(ca!.table, cb!.table);
  assert.deepEqual(spanAt(ca!, 'properties.x'), { line: 1, endLine: 1 });
  assert.deepEqual(spanAt(cb!, 'properties.x'), { file: 'other.yaml', line: 9, endLine: 9 });
});

// What makes them cheap: one table per file loaded, still one after the load worker sent it.
test('the loaders record one table per file: per template, per Compose project', async () => {
  const io = { roots: [process.cwd()], allowOutsideRoot: false };
  const { inputs } = await discover(['fixtures/compose/insecure', 'fixtures/cdk/cdk.out'], process.cwd(), io);
  const resources = (await loadIsolated(inputs, { cwd: process.cwd() }, { timeoutMs: 60_000, io })).flatMap((l) => l.result.resources);
  const tables = new Map<string, Set<LocationTable>>();
  for (const r of resources) {
    assert.equal(r.provenance.kind, 'file');
    if (r.provenance.kind !== 'file') continue;
    tables.set(r.provenance.file, (tables.get(r.provenance.file) ?? new Set()).add(r.provenance.locations.table));
  }
  assert.ok(tables.size >= 4, `files: ${[...tables.keys()].join(', ')}`);
  assert.ok(resources.length > 3 * tables.size);
  for (const [file, set] of tables) assert.equal(set.size, 1, `${file}: ${set.size} tables`);
});

test('reading locations before their table is finished is a bug, and says so', () => {
  const recorder = new LocationRecorder();
  const w = recorder.writer();
  w.set('properties.x', { line: 1, endLine: 1 });
  const l = w.close();
  assert.throws(() => spanAt(l, 'properties.x'), /before their table was finished/);
  recorder.finish();
  assert.deepEqual(spanAt(l, 'properties.x'), { line: 1, endLine: 1 });
  assert.throws(() => w.set('properties.y', { line: 2, endLine: 2 }), /after its resource's locations were closed/);
  assert.throws(() => discardLocations().close(), /no table/);
});

const span: fc.Arbitrary<Span> = fc
  .record({ line: fc.integer({ min: 1, max: 100_000 }), height: fc.integer({ min: 0, max: 50 }), file: fc.option(fc.constantFrom('a.yaml', 'b/c.env', 'd\n.yaml'), { nil: undefined }) })
  .map(({ line, height, file }) => (file === undefined ? { line, endLine: line + height } : { file, line, endLine: line + height }));
// Paths as hostile files can make them (an environment variable's name is any string), with
// many shared prefixes so that near misses are common.
const path = fc.oneof(fc.constantFrom('properties', 'properties.ports', 'properties.ports.0', 'tags.owner', 'tags.Owner', ''), fc.string({ maxLength: 12 }).map((s) => `properties.environment.${s}`), fc.string({ maxLength: 6 }));

test('property: every lookup finds what a plain record written the same way holds', () => {
  fc.assert(
    fc.property(fc.array(fc.array(fc.tuple(path, span), { maxLength: 12 }), { minLength: 1, maxLength: 6 }), fc.array(path, { maxLength: 20 }), (resources, probes) => {
      const recorder = new LocationRecorder();
      const packed = resources.map((entries) => {
        const w = recorder.writer();
        for (const [p, s] of entries) w.set(p, s);
        return w.close();
      });
      recorder.finish();
      const cloned = deserialize(serialize(packed)) as Locations[];
      resources.forEach((entries, n) => {
        const record = new Map<string, Span>();
        for (const [p, s] of entries) record.set(p, s);
        for (const l of [packed[n]!, cloned[n]!]) {
          for (const p of [...probes, ...record.keys()]) assert.deepEqual(spanAt(l, p), record.get(p));
          assert.deepEqual(locationEntries(l), [...record]);
        }
      });
    }),
  );
});
