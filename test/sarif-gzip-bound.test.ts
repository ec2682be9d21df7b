/** The SARIF size check skips gzip only when the text fits for sure (issue 11, tail). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { gzippedAtMost } from '../src/report/sarif.js';

test('gzippedAtMost is never below the gzipped size (property, plus incompressible texts)', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 5000 })), (text) => {
      assert.ok(gzippedAtMost(text) >= gzipSync(text).length);
    }),
    { numRuns: 500 },
  );
  for (const size of [0, 1, 100, 65_535, 65_536, 1_000_000, 3_000_000]) {
    // Random bytes read as latin1 and as UTF-8 replacement text: as incompressible as text gets.
    const bytes = randomBytes(size);
    for (const text of [bytes.toString('latin1'), bytes.toString('utf8'), bytes.toString('base64')]) assert.ok(gzippedAtMost(text) >= gzipSync(text).length, `${size}`);
  }
});
