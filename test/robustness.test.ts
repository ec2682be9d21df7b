/**
 * Hostile and broken inputs are data: each gives an error naming the file (and line where
 * known), never a crash or a hang, and the rest of the scan is still reported.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync, copyFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { scan } from '../src/scan.js';
import { discover } from '../src/sources/discover.js';
import { palisade } from './helpers/cli.js';

const GOOD = 'test/fixtures/cli/mixed/storage.yaml';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-robust-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  copyFileSync(GOOD, join(dir, 'storage.yaml'));
  return relative(process.cwd(), dir);
}

const BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'services: {x: {image: [*f]}}',
].join('\n');

async function expectOneError(dir: string, file: string, pattern: RegExp): Promise<void> {
  const result = await scan({ paths: [dir], requiredTags: [] });
  const errors = result.errors.filter((e) => e.level === 'error');
  assert.equal(errors.length, 1, JSON.stringify(result.errors));
  assert.equal(errors[0]!.file, `${dir}/${file}`);
  assert.match(errors[0]!.message, pattern);
  // The good template beside it is still judged.
  assert.ok(result.findings.some((f) => f.ruleId === 'PAL-S3-008' && f.location?.file === `${dir}/storage.yaml`));
}

test('a YAML bomb is refused with an error naming the file', async () => {
  await expectOneError(workspace({ 'compose.yaml': BOMB }), 'compose.yaml', /alias|excessive|resource/i);
});

test('deeply nested input is refused, not a stack overflow', async () => {
  const deep = `services:\n  x:\n    image: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
  await expectOneError(workspace({ 'compose.yaml': deep }), 'compose.yaml', /nest|deep/i);
  const deepJson = `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"A": {"Type": "AWS::S3::Bucket", "Properties": ${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}}}`;
  await expectOneError(workspace({ 'deep.json': deepJson }), 'deep.json', /nest|deep/i);
});

test('a file over the size limit is refused without being read whole', async () => {
  const big = `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n${'  # padding padding padding padding padding padding padding padding\n'.repeat(170_000)}`;
  await expectOneError(workspace({ 'big.yaml': big }), 'big.yaml', /larger than the \d+-byte limit/);
});

test('malformed YAML names the file and line', async () => {
  const dir = workspace({ 'compose.yaml': 'services:\n  web:\n    image: "unterminated\n' });
  const result = await scan({ paths: [dir], requiredTags: [] });
  const e = result.errors.find((x) => x.level === 'error');
  assert.equal(e?.file, `${dir}/compose.yaml`);
  assert.equal(typeof e?.line, 'number');
});

test('binary garbage in a Compose-named file is an error, not a crash', async () => {
  const dir = workspace({});
  writeFileSync(join(dir, 'compose.yaml'), Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x5b, 0x7b, 0x3a, 0x0a, 0x09, 0x22]));
  const result = await scan({ paths: [dir], requiredTags: [] });
  assert.ok(result.errors.some((e) => e.file === `${dir}/compose.yaml` && e.level === 'error'));
});

test('a named pipe given as a path is refused without blocking', { timeout: 20_000 }, () => {
  const dir = workspace({});
  execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
  const r = palisade(['scan', `${dir}/pipe.yaml`, GOOD]);
  assert.equal(r.status, 3, r.stdout + r.stderr);
  assert.match(r.stdout, /pipe\.yaml {2}read: not a regular file/);
});

test('discovery skips node_modules, .git and links, and takes a cdk.out folder whole', async () => {
  const dir = workspace({
    'node_modules/pkg/compose.yaml': 'services: {a: {image: x}}\n',
    '.git/compose.yaml': 'services: {a: {image: x}}\n',
    'app/compose.yaml': 'services: {a: {image: x}}\n',
    'app/compose.override.yaml': 'services: {a: {privileged: true}}\n',
    'app/compose.prod.yaml': 'services: {a: {image: y}}\n',
    'infra/cdk.out/manifest.json': '{"version": "36.0.0", "artifacts": {}}',
    'infra/cdk.out/tree.json': '{}',
    'infra/cdk.out/App.template.json': '{"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}',
    'notes/readme.yaml': 'title: not infrastructure\n',
  });
  symlinkSync(join(process.cwd(), 'test/fixtures/cli/mixed'), join(dir, 'linked'));
  const found = await discover([dir]);
  assert.deepEqual(found.inputs, [
    { kind: 'cdk', dir: `${dir}/infra/cdk.out` },
    { kind: 'cloudformation', file: `${dir}/storage.yaml` },
    { kind: 'compose', files: [`${dir}/app/compose.yaml`, `${dir}/app/compose.override.yaml`] },
    { kind: 'compose', files: [`${dir}/app/compose.prod.yaml`] },
  ]);
  assert.deepEqual(found.errors, []);
});

test('scan() honours its working directory and Compose variables, not just the process', async () => {
  const cwd = join(process.cwd(), 'test/fixtures/cli');
  const result = await scan({ paths: ['mixed'], requiredTags: [], cwd });
  assert.deepEqual(result.errors, []);
  assert.ok(result.findings.some((f) => f.ruleId === 'PAL-COMPOSE-001' && f.location?.file === 'mixed/compose.yaml' && f.location.startLine === 4));
  assert.ok(result.findings.some((f) => f.ruleId === 'PAL-S3-008' && f.location?.file === 'mixed/storage.yaml'));

  const dir = workspace({ 'compose.yaml': 'services:\n  web:\n    image: "nginx:${TAG:-1.27}"\n' });
  const pinned = await scan({ paths: [dir], requiredTags: [], env: {} });
  assert.ok(!pinned.findings.some((f) => f.ruleId === 'PAL-COMPOSE-002'));
  const latest = await scan({ paths: [dir], requiredTags: [], env: { TAG: 'latest' } });
  assert.ok(latest.findings.some((f) => f.ruleId === 'PAL-COMPOSE-002' && f.location?.startLine === 3));
});

test('a Compose file brought in by include or extends is judged within its project, not again alone', async () => {
  const dir = workspace({
    'app/compose.yaml': 'include:\n  - ../infra/compose.yaml\nservices:\n  web:\n    extends:\n      file: ../common/base.yaml\n      service: base\n',
    'infra/compose.yaml': 'services:\n  db:\n    image: postgres:16\n    privileged: true\n',
    'common/base.yaml': 'services:\n  base:\n    image: nginx:1.27\n    privileged: true\n',
  });
  const result = await scan({ paths: [dir], requiredTags: [], env: {} });
  const privileged = result.findings.filter((f) => f.ruleId === 'PAL-COMPOSE-001').map((f) => `${f.resource.name}@${f.location?.file}:${f.location?.startLine}`);
  assert.deepEqual(privileged.sort(), [`db@${dir}/infra/compose.yaml:4`, `web@${dir}/common/base.yaml:4`]);
});
