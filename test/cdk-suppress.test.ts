/** palisade/cdk's `suppress`: synthesized with aws-cdk-lib, then honoured by a scan of the cdk.out. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Bucket, CfnBucket } from 'aws-cdk-lib/aws-s3';
import { suppress } from '../src/cdk.js';
import { scan } from '../src/scan.js';

/** The 1-based line of the line before the first that holds `needle` (an entry's opening brace). */
function lineBefore(file: string, needle: string): number {
  return readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle));
}

test('suppress() adds palisade Metadata to the L2 construct resource, and the scan honours it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-cdk-suppress-'));
  const app = new App({ outdir: join(dir, 'cdk.out'), context: { 'aws:cdk:enable-path-metadata': true } });
  const stack = new Stack(app, 'Data');
  const logs = new Bucket(stack, 'Logs', { versioned: true });
  suppress(logs, 'PAL-S3-008', 'this bucket is the access-log target');
  suppress(logs, 'PAL-S3-008', 'replaced, not added twice: the access-log target');
  const raw = new CfnBucket(stack, 'Raw');
  suppress(raw, 'PAL-S3-007', 'scratch data, rebuilt nightly');
  app.synth();

  const template = stack.resolve((logs.node.defaultChild as CfnBucket).getMetadata('palisade'));
  assert.deepEqual(template, { ignore: [{ id: 'PAL-S3-008', reason: 'replaced, not added twice: the access-log target' }] });

  const result = await scan({ paths: ['cdk.out'], requiredTags: [], cwd: dir });
  const of = (rule: string, path: string) => result.findings.find((f) => f.ruleId === rule && f.cdk?.constructPath === path)!;
  assert.deepEqual(of('PAL-S3-008', 'Data/Logs/Resource').suppression, {
    kind: 'inline',
    via: 'palisade-metadata',
    reason: 'replaced, not added twice: the access-log target',
    // The line of the suppression's own entry in the template's Metadata.
    source: { file: 'cdk.out/Data.template.json', line: lineBefore(join(dir, 'cdk.out', 'Data.template.json'), '"id": "PAL-S3-008"') },
  });
  assert.equal(of('PAL-S3-007', 'Data/Raw').suppressed, 'scratch data, rebuilt nightly');
  // Other rules on the same buckets stay active.
  assert.equal(of('PAL-S3-008', 'Data/Raw').suppressed, null);
  assert.deepEqual(result.errors.filter((e) => e.level === 'error'), []);
});

test('suppress() refuses an unknown id or an empty reason', () => {
  const stack = new Stack(new App(), 'S');
  const b = new Bucket(stack, 'B');
  assert.throws(() => suppress(b, 'S3-001', 'x'), /not a Palisade rule id/);
  assert.throws(() => suppress(b, 'PAL-S3-001', '  '), /needs a reason/);
});
