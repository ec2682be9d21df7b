/**
 * Attack 5: inputs built to hang the scan so no report is written. Each is bounded: a quadratic
 * or exponential pattern over a long value, a string doubled by nested Fn::Sub. The scan ends,
 * the bad value is an error for its file, and every other file is still judged and reported.
 * (The node:test timeouts are hang guards, not speed measurements: those live in bench/.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan } from '../src/scan.js';
import { scrubText, secretValueKind } from '../src/sources/secrets.js';
import { cliOutputs } from './helpers/outputs.js';

const PRIVILEGED = 'services:\n  app:\n    image: nginx:1.27\n    privileged: true\n';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'palisade-hang-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

test('a 200 KB label and a 100 KB Lambda variable are scanned; the privileged sibling is still reported', { timeout: 30_000 }, async () => {
  const long = 'a'.repeat(200_000);
  const lambda = {
    AWSTemplateFormatVersion: '2010-09-09',
    Resources: { Fn: { Type: 'AWS::Lambda::Function', Properties: { Runtime: 'nodejs20.x', Handler: 'i.h', Role: 'arn:aws:iam::1:role/r', Code: { ZipFile: 'x' }, Environment: { Variables: { DATABASE_URL: `${'ab.'.repeat(33_000)}x` } } } } },
  };
  const root = tree({
    'label/compose.yaml': `services:\n  web:\n    image: nginx:1.27\n    labels:\n      note: ${long}\n    command: ["--${'a'.repeat(60)}!"]\n`,
    'sibling/compose.yaml': PRIVILEGED,
    'lambda.json': JSON.stringify(lambda),
  });
  const r = await scan({ paths: ['.'], requiredTags: [], cwd: root });
  assert.ok(r.findings.some((f) => f.ruleId === 'PAL-COMPOSE-001' && f.location?.file === 'sibling/compose.yaml'));
  assert.deepEqual(r.errors.filter((e) => e.level === 'error'), []);
});

test('credential-URL and token patterns stay linear on long words (no backtracking blow-up)', { timeout: 20_000 }, () => {
  for (const v of ['a'.repeat(400_000), 'a://'.repeat(100_000), `${'ab.'.repeat(130_000)}://x`, `x://${':'.repeat(400_000)}`]) { secretValueKind(v, 'NOTE'); scrubText(v); }
  assert.equal(secretValueKind('postgres://app:s3cr3t-pw@db/app', 'DATABASE_URL'), 'url-credentials');
  assert.equal(scrubText('see postgres://app:s3cr3t-pw@db/app'), 'see postgres://app:***REDACTED***@db/app');
});

function doublingSub(levels: number): unknown {
  let value: unknown = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
  for (let i = 0; i < levels; i++) value = { 'Fn::Sub': ['${X}${X}', { X: value }] };
  return value;
}

test('24 nested Fn::Sub doubling a string is an error for that file, found fast; the rest is reported (exit 3)', { timeout: 30_000 }, () => {
  const template = { AWSTemplateFormatVersion: '2010-09-09', Resources: { B: { Type: 'AWS::S3::Bucket', Properties: { BucketName: doublingSub(24) } } } };
  const root = tree({ 'bomb.json': JSON.stringify(template), 'app/compose.yaml': PRIVILEGED });
  const r = cliOutputs(['scan', '.', '--fail-on', 'none'], {}, root);
  assert.equal(r.status, 3, r.outputs.stdout);
  assert.match(r.outputs.stdout!, /error: bomb\.json:\d+ {2}cloudformation: Fn::Sub builds a string longer than 1048576 characters/);
  assert.match(r.outputs.stdout!, /PAL-COMPOSE-001 {2}app\/compose\.yaml:4/);
  // The bucket is still judged, on what could be resolved.
  assert.match(r.outputs.stdout!, /PAL-S3-008 {2}bomb\.json/);
  const json = JSON.parse(r.outputs.json!);
  assert.ok(json.findings.length > 0);
});

test('an input past the per-input time budget is an error for that input; every other input is still judged', { timeout: 60_000 }, async () => {
  // A valid project of 100,000 services: several times the 1 s budget to load even on a fast,
  // quiet machine, though every structural limit lets it through (the budget is for whatever no
  // limit catches; this is not a measurement). 40,000 services fit 5 s once the loader was linear.
  let big = 'services:\n';
  for (let i = 0; i < 100_000; i++) big += `  s${i}:\n    image: nginx:1.27\n`;
  const root = tree({ 'deep/compose.yaml': big, 'app/compose.yaml': PRIVILEGED, 'later/compose.yaml': PRIVILEGED });
  const r = await scan({ paths: ['.'], requiredTags: [], cwd: root, inputTimeoutMs: 1000 });
  assert.deepEqual(
    r.errors.filter((e) => e.level === 'error'),
    [{ file: 'deep/compose.yaml', level: 'error', message: 'load compose: stopped after 1 s (the per-input time budget); the rest of the scan went on' }],
  );
  assert.ok(r.findings.some((f) => f.ruleId === 'PAL-COMPOSE-001' && f.location?.file === 'app/compose.yaml'));
  assert.ok(r.findings.some((f) => f.ruleId === 'PAL-COMPOSE-001' && f.location?.file === 'later/compose.yaml'));
});
