/** `palisade scan --staged` in a real temporary git repository: the index, not the working copy. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { palisade, ROOT } from './helpers/cli.js';

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
}

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-staged-'));
  git(dir, 'init', '-q');
  return dir;
}

const write = (dir: string, name: string, text: string) => {
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), text);
};

const SAFE = 'services:\n  web:\n    image: nginx:1.25\n';
const PRIVILEGED = 'services:\n  web:\n    image: nginx:1.25\n    privileged: true\n';

test('--staged scans the staged content, not the working copy', () => {
  const dir = repo();
  write(dir, 'app/compose.yaml', PRIVILEGED);
  git(dir, 'add', 'app/compose.yaml');
  write(dir, 'app/compose.yaml', SAFE); // fixed in the working copy, not staged
  const r = palisade(['scan', '--staged', '--fail-on', 'medium', '--json', 'out.json', '-q'], dir);
  assert.equal(r.status, 1, r.stdout + r.stderr);
  const report = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
  const f = report.findings.find((x: { ruleId: string }) => x.ruleId === 'PAL-COMPOSE-001');
  assert.equal(f.location.file, 'app/compose.yaml');
  assert.equal(f.location.startLine, 4);
  // The other way round: staged safe, working copy privileged -> passes.
  git(dir, 'add', 'app/compose.yaml');
  write(dir, 'app/compose.yaml', PRIVILEGED);
  assert.equal(palisade(['scan', '--staged', '-q', '--fail-on', 'critical'], dir).status, 0);
  // A plain scan of the working copy does see it.
  assert.equal(palisade(['scan', '-q', '--fail-on', 'critical'], dir).status, 1);
});

test('--staged scans only staged Compose and CloudFormation files (from a subfolder too), and cdk.out', () => {
  const dir = repo();
  write(dir, 'old/compose.yaml', PRIVILEGED);
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'old');
  write(dir, 'infra/storage.yaml', "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Logs:\n    Type: AWS::S3::Bucket\n");
  write(dir, 'README.md', '# not scanned\n');
  write(dir, 'unstaged/compose.yaml', PRIVILEGED);
  git(dir, 'add', 'infra/storage.yaml', 'README.md');
  const r = palisade(['scan', '--staged', '--fail-on', 'medium', '--json', 'out.json', '-q'], dir);
  const report = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
  assert.deepEqual(report.inputs, [{ kind: 'cloudformation', file: 'infra/storage.yaml' }]);
  assert.equal(r.status, 1); // PAL-S3-008 (no access logging) is medium
  // Nothing staged: nothing to scan, success.
  git(dir, 'commit', '-qm', 'infra');
  const none = palisade(['scan', '--staged'], dir);
  assert.equal(none.status, 0);
  assert.match(none.stdout, /nothing staged/);
  // From a subfolder, with a path: only staged files below it.
  write(dir, 'infra/more.yaml', "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  More:\n    Type: AWS::S3::Bucket\n");
  write(dir, 'old/compose.yaml', PRIVILEGED.replace('web', 'api'));
  git(dir, 'add', '.');
  const sub = palisade(['scan', '--staged', '--fail-on', 'medium', '--json', join(dir, 'sub.json'), '-q', '.'], join(dir, 'infra'));
  assert.deepEqual(JSON.parse(readFileSync(join(dir, 'sub.json'), 'utf8')).inputs, [{ kind: 'cloudformation', file: 'infra/more.yaml' }]);
  assert.equal(sub.status, 1);
});

test('--staged outside a git repository is a usage error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-nogit-'));
  const r = palisade(['scan', '--staged'], dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--staged: git rev-parse/);
});

test('--staged adds an untracked cdk.out (its assets are not copied)', () => {
  const dir = repo();
  write(dir, '.gitignore', 'cdk.out/\n');
  write(dir, 'app/compose.yaml', SAFE);
  git(dir, 'add', '.');
  cpSync(join(ROOT, 'fixtures', 'cdk', 'cdk.out'), join(dir, 'cdk.out'), { recursive: true });
  const r = palisade(['scan', '--staged', '--json', 'out.json', '-q', '--fail-on', 'none'], dir);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
  assert.deepEqual(report.inputs.map((i: { kind: string }) => i.kind).sort(), ['cdk', 'compose']);
  assert.ok(report.findings.some((f: { source: string; cdk?: { constructPath: string } }) => f.source === 'cdk' && f.cdk?.constructPath));
});

test('--staged exports only what the scan reads, and fetches a file elsewhere that a staged project refers to', async () => {
  const { firstExport, reportedMissing } = await import('../src/commands/staged.js');
  const index = ['README.md', 'app/compose.yaml', 'app/.env', 'app/compose.override.yaml', 'app/src/main.ts', 'conf/web.env', 'infra/a.yaml', 'infra/b.yaml', 'cdk.out/manifest.json', 'cdk.out/asset.1/x.js'];
  assert.deepEqual(firstExport(index, new Set(['app/compose.yaml', 'infra/a.yaml']), true), ['app/compose.yaml', 'app/.env', 'app/compose.override.yaml', 'infra/a.yaml', 'cdk.out/manifest.json']);
  assert.deepEqual(reportedMissing(['service web: env_file conf/web.env: read: no such file', 'something else'], index, new Set()), ['conf/web.env']);
  assert.deepEqual(reportedMissing(['service web: env_file conf/web.env: read: no such file'], index, new Set(['conf/web.env'])), []);

  // End to end: the env_file lives in another folder, staged with a secret the working copy removed.
  const dir = repo();
  write(dir, 'other/compose.yaml', PRIVILEGED);
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'other');
  write(dir, 'app/compose.yaml', 'services:\n  db:\n    image: postgres:16\n    env_file: ../conf/db.env\n');
  write(dir, 'conf/db.env', 'POSTGRES_PASSWORD=postgres\n');
  git(dir, 'add', '.');
  write(dir, 'conf/db.env', 'POSTGRES_PASSWORD_FILE=/run/secrets/db\n');
  const r = palisade(['scan', '--staged', '--json', 'out.json', '-q', '--fail-on', 'none'], dir);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const report = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
  assert.deepEqual(report.errors, []);
  assert.ok(report.inputs.every((i: { files?: string[] }) => !i.files?.includes('other/compose.yaml')));
  assert.ok(report.findings.some((f: { ruleId: string; message: string }) => f.ruleId === 'PAL-COMPOSE-017' && f.message.includes('conf/db.env')), 'the staged env file was read');
});
