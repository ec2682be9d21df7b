/**
 * Attacks 2 and 6 (reads): a hostile tree names files outside the scanned root (absolute paths,
 * `../`, links inside the tree), non-regular files, or encodings that would read as nothing.
 * Every read stays inside the root, a refusal says nothing about the target, and whatever Compose
 * would read is read or makes the scan incomplete.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan, type ScanResult } from '../src/scan.js';
import { OUTSIDE_ROOT, nodeIO } from '../src/sources/io.js';
import { renderAll, assertNoLeak, cliOutputs } from './helpers/outputs.js';

const OUTSIDE_SECRET = 'outside-file-secret-value-0000';
const PRIVILEGED = 'services:\n  app:\n    image: nginx:1.27\n    privileged: true\n';

/** A root folder with `files` (a link when the content starts with `->`), and a secret file beside it. */
function tree(files: Record<string, string>): { root: string; outside: string } {
  const base = mkdtempSync(join(tmpdir(), 'palisade-reads-'));
  const root = join(base, 'repo');
  const outside = join(base, 'outside');
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(outside, 'creds.env'), `AWS_SECRET_ACCESS_KEY=${OUTSIDE_SECRET}\nOTHER=${OUTSIDE_SECRET}\n`);
  writeFileSync(join(outside, 'base.yaml'), `services:\n  base:\n    image: ${OUTSIDE_SECRET}\n`);
  writeFileSync(join(outside, 'compose.yaml'), `services:\n  ${OUTSIDE_SECRET}:\n    image: x\n`);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    if (content.startsWith('->')) symlinkSync(content.slice(2).replace('OUTSIDE', outside), join(root, name));
    else writeFileSync(join(root, name), content);
  }
  return { root, outside };
}

const scanIn = (root: string, extra: Partial<Parameters<typeof scan>[0]> = {}): Promise<ScanResult> => scan({ paths: ['.'], requiredTags: [], cwd: root, ...extra });

function refused(result: ScanResult, file: string, messagePart: string | RegExp): void {
  const e = result.errors.find((x) => x.file === file && (typeof messagePart === 'string' ? x.message.includes(messagePart) : messagePart.test(x.message)));
  assert.ok(e, `no refusal on ${file}: ${JSON.stringify(result.errors)}`);
  assert.equal(e.level, 'error');
  assertNoLeak(renderAll(result), [OUTSIDE_SECRET, 'root:x:0:0', 'AWS_SECRET_ACCESS_KEY']);
}

test('env_file, extends.file and include outside the root are refused, naming the reference only', async () => {
  const { root } = tree({
    'compose.yaml': [
      'include:',
      '  - ../outside/compose.yaml',
      'services:',
      '  web:',
      '    image: nginx:1.27',
      '    env_file: [/etc/passwd, ../outside/creds.env, /nonexistent/creds.env]',
      '  child:',
      '    extends: {file: ../outside/base.yaml, service: base}',
      '',
    ].join('\n'),
  });
  const r = await scanIn(root);
  refused(r, 'compose.yaml', `env_file /etc/passwd: ${OUTSIDE_ROOT}`);
  refused(r, 'compose.yaml', `env_file ../outside/creds.env: ${OUTSIDE_ROOT}`);
  // A missing target outside reads exactly like an existing one: nothing about existence leaks.
  refused(r, 'compose.yaml', `env_file /nonexistent/creds.env: ${OUTSIDE_ROOT}`);
  refused(r, 'compose.yaml', `extends: cannot load ../outside/base.yaml: ${OUTSIDE_ROOT}`);
  refused(r, '../outside/compose.yaml', OUTSIDE_ROOT);
});

test('a link inside the tree pointing outside is refused; one pointing inside is followed', async () => {
  const { root } = tree({
    'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    env_file: [linked.env, inside.env]\n',
    'linked.env': '->OUTSIDE/creds.env',
    'dir/real.env': 'PORT=8080\n',
    'inside.env': '->dir/real.env',
  });
  const r = await scanIn(root);
  refused(r, 'compose.yaml', `env_file linked.env: ${OUTSIDE_ROOT}`);
  assert.ok(!r.errors.some((e) => e.message.includes('inside.env')), JSON.stringify(r.errors));
});

test('--allow-outside-root permits the reads, still without reading non-regular or oversized files', { timeout: 30_000 }, async () => {
  const { root } = tree({ 'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    env_file: [../outside/creds.env, /proc/self/pagemap, /proc/kmsg]\n' });
  const r = await scanIn(root, { allowOutsideRoot: true });
  assert.ok(!r.errors.some((e) => e.message.includes('creds.env')), JSON.stringify(r.errors));
  assert.ok(r.errors.some((e) => /pagemap: read: /.test(e.message)), JSON.stringify(r.errors));
  assert.ok(r.errors.some((e) => /kmsg: read: (not a regular file|permission denied)/.test(e.message)), JSON.stringify(r.errors));
});

test('the size limit holds while reading, for files whose size stat reports as 0', async () => {
  const r = await nodeIO(100, '/', { allowOutsideRoot: true }).readText('/proc/self/status');
  assert.deepEqual(r, { file: '/proc/self/status', level: 'error', message: 'read: file is larger than the 100-byte limit' });
});

test('a symlinked compose.yaml is read when its target is inside the root, and refused (incomplete) when outside', async () => {
  const inside = tree({ 'compose.yaml': '->infra/stack.txt', 'infra/stack.txt': PRIVILEGED });
  const r = await scanIn(inside.root);
  assert.deepEqual(r.errors, []);
  assert.ok(r.findings.some((f) => f.ruleId === 'PAL-COMPOSE-001' && f.location?.file === 'compose.yaml' && f.location.startLine === 4));

  const outside = tree({ 'compose.yaml': '->OUTSIDE/compose.yaml', 'app/compose.yaml': PRIVILEGED });
  const o = await scanIn(outside.root);
  refused(o, 'compose.yaml', OUTSIDE_ROOT);
  assert.ok(o.findings.some((f) => f.ruleId === 'PAL-COMPOSE-001' && f.location?.file === 'app/compose.yaml'));
  const cli = cliOutputs(['scan', '.'], {}, outside.root);
  assert.equal(cli.status, 3);
});

test('a template inside cdk.out linked to a file outside the root is refused', async () => {
  const { root } = tree({
    'cdk.out/manifest.json': JSON.stringify({ version: '36.0.0', artifacts: { S: { type: 'aws:cloudformation:stack', properties: { templateFile: 'S.template.json' } } } }),
    'cdk.out/tree.json': '{}',
    'cdk.out/S.template.json': '->OUTSIDE/creds.env',
  });
  const r = await scanIn(root);
  refused(r, 'cdk.out/S.template.json', OUTSIDE_ROOT);
});

test('a FIFO named compose.yml in a walk is an error, not a hang or a silent skip; other files are judged', { timeout: 20_000 }, async () => {
  const { root } = tree({ 'app/compose.yaml': PRIVILEGED, 'notes.txt': 'x' });
  mkdirSync(join(root, 'pipe'));
  execFileSync('mkfifo', [join(root, 'pipe', 'compose.yml')]);
  execFileSync('mkfifo', [join(root, 'other.fifo')]);
  const r = await scanIn(root);
  assert.deepEqual(r.errors, [{ file: 'pipe/compose.yml', level: 'error', message: 'read: not a regular file' }]);
  assert.deepEqual(r.skipped, [{ path: 'other.fifo', reason: 'not a regular file' }]);
  assert.ok(r.findings.some((f) => f.ruleId === 'PAL-COMPOSE-001'));
});

test('a UTF-16 template is decoded and judged; invalid UTF-8 is an error naming file and line, never U+FFFD', async () => {
  const bucket = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Open:\n    Type: AWS::S3::Bucket\n';
  const { root } = tree({});
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'le.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bucket, 'utf16le')]));
  writeFileSync(join(root, 'compose.yaml'), Buffer.concat([Buffer.from('services:\n  web:\n    image: "nginx:1.27'), Buffer.from([0xc3, 0x28]), Buffer.from('"\n')]));
  const r = await scanIn(root);
  assert.ok(r.findings.some((f) => f.location?.file === 'le.yaml' && f.location.startLine === 3), JSON.stringify(r.findings.map((f) => f.location)));
  assert.deepEqual(r.errors, [{ file: 'compose.yaml', line: 3, level: 'error', message: 'read: not valid UTF-8 text' }]);
});

test('folders not walked and data files that are not infrastructure are reported as skipped', async () => {
  const { root } = tree({ 'node_modules/x/compose.yaml': PRIVILEGED, 'docs/mkdocs.yaml': 'site_name: x\n', 'linked': '->OUTSIDE' });
  const r = await scanIn(root);
  assert.deepEqual(r.skipped, [
    { path: 'docs/mkdocs.yaml', reason: 'neither a Compose file nor a CloudFormation template' },
    { path: 'linked', reason: 'link outside the scan root' },
    { path: 'node_modules', reason: 'folder not walked' },
  ]);
  const json = JSON.parse(renderAll(r).json!);
  assert.deepEqual(json.skipped, r.skipped);
});
