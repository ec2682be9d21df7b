/**
 * `palisade explain`: documentation, mappings and the rule's own fixtures with the reported
 * lines marked; unknown ids are usage errors.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCatalog } from '../src/engine/catalog.js';
import { examplesOf, findRule, formatExplanation } from '../src/commands/explain.js';
import { palisade } from './helpers/cli.js';

test('explain PAL-S3-005 prints what, why, how to fix, mappings, anchor and marked examples', () => {
  const r = palisade(['explain', 'PAL-S3-005']);
  assert.equal(r.status, 0, r.stderr);
  const rule = findRule(loadCatalog().rules, 'PAL-S3-005')!;
  assert.ok(r.stdout.startsWith(`PAL-S3-005  ${rule.title}\n`));
  assert.ok(r.stdout.includes(rule.description));
  assert.ok(r.stdout.includes(rule.remediation));
  const lines = r.stdout.split('\n');
  for (const [name, ids] of Object.entries(rule.frameworks)) assert.ok(lines.includes(`  ${name.padEnd(12)} ${ids.join(', ')}`), `${name} mapping`);
  assert.match(r.stdout, /^Documentation: rules\/README\.md#pal-s3-005$/m);
  assert.match(r.stdout, /^weakness CWE-732$/m);
  assert.match(formatExplanation(findRule(loadCatalog().rules, 'PAL-TAG-001')!, []), /^weakness none \(no CWE fits\)$/m);
  assert.match(r.stdout, /^Reported \(> marks the line of each finding\):$/m);
  assert.match(r.stdout, /^Not reported:$/m);
  // Each line expected.json pins is marked, and only those.
  const examples = examplesOf(rule);
  const fail = examples.find((e) => e.kind === 'fail')!;
  assert.ok(fail.flagged.length > 0);
  const marked = r.stdout.split('\n').filter((l) => l.startsWith('  > ')).length;
  assert.equal(marked, examples.reduce((n, e) => n + e.flagged.length, 0));
});

test('explain accepts a lower-case id, prints JSON, and refuses an unknown id with exit 2', () => {
  const json = JSON.parse(palisade(['explain', 'pal-ec2-005', '--json']).stdout);
  assert.equal(json.id, 'PAL-EC2-005');
  assert.equal(json.documentation, 'rules/README.md#pal-ec2-005');
  assert.deepEqual(json.examples.find((e: { kind: string }) => e.kind === 'fail').flagged, [3, 14]);
  const bad = palisade(['explain', 'PAL-NOPE-999']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /explain: no rule "PAL-NOPE-999"/);
});

test('a deprecated rule says so; a rule without fixtures says they are not installed', () => {
  const rule = findRule(loadCatalog().rules, 'PAL-S3-001')!;
  const text = formatExplanation(rule, []);
  assert.match(text, /^PAL-S3-001 .*\(deprecated\)$/m);
  assert.match(text, /Examples: the fixtures are not part of this installation\./);
});
