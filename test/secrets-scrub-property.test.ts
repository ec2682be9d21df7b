/**
 * scrubText first asks one regular expression, the union of the shapes it replaces, whether the
 * text holds any (secrets.ts, ANY_SHAPE), and returns text without one untouched. This pins that
 * the shortcut never lets a shape through: each shape, planted anywhere in random text, is
 * redacted, and text holding none comes back as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scrubText } from '../src/sources/secrets.js';

const SECRETS = [
  'ghp_abcdefghijklmnopqrstuvwxyz012345',
  'github_pat_11ABCDEFG0123456789_abcdefghijklmnop',
  'glpat-abcdefghijklmnopqrst',
  'xoxb-123456789012-abcdefghij',
  'xapp-1-A0123456789-abcdef',
  'sk-abcdefghijklmnopqrstuvwx',
  'sk_live_abcdefghij0123',
  'AIzaSyA1234567890abcdefghijklmnopqrstuv',
  'npm_abcdefghijklmnopqrstuvwxyz0123456789',
  'SG.abcdefghijklmnop.qrstuvwxyz012345',
  'hf_abcdefghijklmnopqrstuvwxyz01234',
  `dop_v1_${'a1'.repeat(32)}`,
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
  'AKIAIOSFODNN7EXAMPLE',
  '-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----',
];
const FILLER = fc.string({ unit: fc.constantFrom('a', 'Z', '0', ' ', '-', '_', '.', ':', '/', '@', '\n', '=', '"'), maxLength: 30 });

test('every secret shape planted in random text is redacted; text without one is unchanged', () => {
  fc.assert(
    fc.property(FILLER, fc.constantFrom(...SECRETS), FILLER, (before, secret, after) => {
      const out = scrubText(`${before} ${secret} ${after}`);
      assert.ok(!out.includes(secret), out);
    }),
    { numRuns: 600 },
  );
  fc.assert(
    fc.property(FILLER, fc.constantFrom('postgres://app:s3cretpass@db:5432/x', 'https://user:hunter2hunter@example.com/'), FILLER, (before, url, after) => {
      const out = scrubText(`${before} ${url} ${after}`);
      assert.ok(!out.includes(':s3cretpass@') && !out.includes(':hunter2hunter@'), out);
    }),
    { numRuns: 300 },
  );
  for (const plain of ['nginx:latest', 'registry.example.com/app/svc1:1.1', '--port=8080', 'https://example.com/path', 'unless-stopped', '']) {
    assert.equal(scrubText(plain), plain);
  }
});
