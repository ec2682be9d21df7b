/**
 * The evidence record hashes the bytes the scan judged, as they were read, not the files read
 * again afterwards: templates, Compose files and a cloud assembly (read by the load worker) and
 * Config and IAM snapshots (read on the main thread); a listed file the scan did not read is
 * hashed when the record is made. A scan that writes no report hashes nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanWithFlags } from '../src/commands/scan.js';
import { gatherEvidence } from '../src/commands/evidence.js';
import { ROOT } from './helpers/cli.js';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-evidence-read-'));
  cpSync(join(ROOT, 'fixtures', 'compose', 'insecure'), join(dir, 'compose'), { recursive: true });
  cpSync(join(ROOT, 'fixtures', 'cdk', 'cdk.out'), join(dir, 'cdk.out'), { recursive: true });
  cpSync(join(ROOT, 'fixtures', 'aws-config'), join(dir, 'snap'), { recursive: true });
  return dir;
}

test('the evidence hashes the files as the scan read them, also when they change before the record is made', { timeout: 120_000 }, async () => {
  const dir = workspace();
  try {
    const flags = { config: false as const, quiet: true, failOn: 'none', awsConfigSnapshot: 'snap', awsIamSnapshot: 'snap/iam-snapshot.json' };
    const { result } = await scanWithFlags(['compose', 'cdk.out'], flags, dir, { evidence: true });
    const before = gatherEvidence(result, { name: 'scan', paths: ['compose', 'cdk.out'], options: {} }, { cwd: dir, snapshots: ['snap', 'snap/iam-snapshot.json'] });
    const files = before.inputs.map((i) => i.file);
    for (const kind of [/^compose\//, /^cdk\.out\/.*\.template\.json$/, /^cdk\.out\/manifest\.json$/, /^snap\/.*_ConfigSnapshot_.*\.json$/, /^snap\/iam-snapshot\.json$/]) {
      assert.ok(files.some((f) => kind.test(f)), `${kind} is in the record: ${files.join(', ')}`);
    }
    const original = new Map(files.map((f) => [f, readFileSync(join(dir, f))]));
    // tree.json is in the record but read only when metadata is missing (not here): hashed when the record is made.
    const read = new Set(result.read?.map((d) => d.file));
    assert.deepEqual(files.filter((f) => !read.has(f)), ['cdk.out/tree.json']);
    for (const f of read) if (original.has(f)) assert.equal(result.read?.find((d) => d.file === f)?.sha256, sha256(original.get(f)!), `${f} was hashed as it was read`);
    // Every file changes after the scan: the record still attests what was judged.
    for (const f of files) appendFileSync(join(dir, f), '\n');
    const after = gatherEvidence(result, { name: 'scan', paths: ['compose', 'cdk.out'], options: {} }, { cwd: dir, snapshots: ['snap', 'snap/iam-snapshot.json'] });
    assert.deepEqual(
      after.inputs,
      files.map((f) => {
        const bytes = read.has(f) ? original.get(f)! : readFileSync(join(dir, f));
        return { file: f, sha256: sha256(bytes), bytes: bytes.length };
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the scanned bytes are attested also when the paths are given as absolute paths', { timeout: 60_000 }, async () => {
  const dir = workspace();
  try {
    const flags = { config: false as const, quiet: true, failOn: 'none', awsConfigSnapshot: join(dir, 'snap'), awsIamSnapshot: join(dir, 'snap', 'iam-snapshot.json') };
    const { result } = await scanWithFlags([join(dir, 'compose')], flags, dir, { evidence: true });
    const record = (): Array<{ file: string; sha256: string }> => gatherEvidence(result, { name: 'scan', paths: [], options: {} }, { cwd: dir, snapshots: [flags.awsConfigSnapshot, flags.awsIamSnapshot] }).inputs;
    const first = record();
    assert.ok(first.length >= 4, JSON.stringify(first));
    for (const { file } of first) appendFileSync(join(dir, file.startsWith('/') ? file.slice(dir.length + 1) : file), '\n');
    assert.deepEqual(record(), first);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a template the scan read through a link inside the root is in the record, with the bytes it judged', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-evidence-link-'));
  try {
    mkdirSync(join(dir, 'real'));
    const template = JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: { B: { Type: 'AWS::S3::Bucket' } } }, null, 2);
    writeFileSync(join(dir, 'real', 'stack.json'), template);
    mkdirSync(join(dir, 'infra'));
    symlinkSync(join(dir, 'real', 'stack.json'), join(dir, 'infra', 'stack.json'));
    const { result } = await scanWithFlags(['infra'], { config: false, quiet: true, failOn: 'none' }, dir, { evidence: true });
    assert.ok(result.findings.some((f) => f.location?.file === 'infra/stack.json'), 'the linked template was scanned');
    const record = gatherEvidence(result, { name: 'scan', paths: ['infra'], options: {} }, { cwd: dir });
    assert.deepEqual(record.inputs, [{ file: 'infra/stack.json', sha256: sha256(Buffer.from(template)), bytes: Buffer.byteLength(template) }]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a scan that writes no report hashes nothing as it reads', { timeout: 60_000 }, async () => {
  const dir = workspace();
  try {
    const { result } = await scanWithFlags(['compose'], { config: false, quiet: true, failOn: 'none' }, dir);
    assert.equal(result.read, undefined);
    const reported = await scanWithFlags(['compose'], { config: false, quiet: true, failOn: 'none', json: 'out.json' }, dir);
    assert.ok((reported.result.read?.length ?? 0) > 0, 'a report to write: the files are hashed as read');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
