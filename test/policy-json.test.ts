/**
 * Policy JSON crosses threads as UTF-8 bytes (src/model/policy-json.ts): whatever the text, the
 * bytes decode and parse to what JSON.stringify was given, one resource at a time and as a batch.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decode, encodeAll, jsonArray, split } from '../src/model/policy-json.js';

// Any JSON value, with strings of any code units (lone surrogates, U+FEFF, astral characters).
const value = fc.jsonValue({ maxDepth: 3 }).chain((v) => fc.array(fc.string({ unit: 'binary' }), { maxLength: 3 }).map((s) => ({ v, s })));

test('encodeAll and split give each text its own bytes; jsonArray of them parses to the values', () => {
  fc.assert(
    fc.property(fc.array(value, { maxLength: 8 }), (values) => {
      const texts = values.map((v) => JSON.stringify(v));
      const all = encodeAll(texts);
      assert.equal(all.bytes.byteOffset, 0);
      assert.equal(all.bytes.buffer.byteLength, all.bytes.length, 'a buffer of its own: transferable whole');
      const parts = split(all);
      assert.deepEqual(parts.map(decode), texts);
      const batch = jsonArray(parts);
      assert.equal(batch.buffer.byteLength, batch.length);
      assert.deepEqual(JSON.parse(decode(batch)), JSON.parse(JSON.stringify(values)));
    }),
    { numRuns: 300 },
  );
});

test('a leading U+FEFF is kept by decode', () => {
  const [part] = split(encodeAll(['\ufeff"x"']));
  assert.equal(decode(part!), '\ufeff"x"');
});
