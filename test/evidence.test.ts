/**
 * The evidence record (JSON `evidence`, the HTML Evidence section): the accounts and regions a
 * live scan read, also when it finds nothing, and paths recorded relative to the scan root so the
 * record is the same on every machine. The live case runs against a real moto server.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMoto, MOTO_ENV, MOTO_ACCOUNT, type Moto } from './helpers/moto.js';
import { CLI, palisade, ROOT } from './helpers/cli.js';
import { evidencePath } from '../src/commands/outputs.js';
import { loadCatalog } from '../src/engine/catalog.js';

let moto: Moto | undefined;

before(async () => {
  moto = await startMoto();
});
after(async () => {
  await moto?.stop();
});

function run(args: string[], cwd: string, env: Record<string, string>): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ status: code ?? -1, stdout, stderr }));
  });
}

interface Evidence {
  accounts: string[];
  regions: string[];
  command: { paths: string[]; options: Record<string, unknown> };
}

test('a live scan with no finding still lists the accounts and regions it read', { timeout: 120_000 }, async () => {
  await moto!.reset();
  const dir = mkdtempSync(join(tmpdir(), 'palisade-evidence-'));
  // An empty account; the rules that judge live resources are turned off, so nothing is found.
  const ids = loadCatalog().rules.filter((r) => r.sources.includes('aws')).map((r) => r.id);
  writeFileSync(join(dir, '.palisade.yaml'), `rules:\n  disabled: [${ids.join(', ')}]\n`);
  const r = await run(['scan', '--aws', '--aws-regions', 'us-east-1,eu-west-1', '--json', 'out/report.json', '--html', join(dir, 'out', 'report.html'), '--fail-on', 'low'], dir, { ...MOTO_ENV, AWS_ENDPOINT_URL: moto!.endpoint });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const report = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8')) as { findings: unknown[]; summary: { resources: number }; evidence: Evidence[] };
  assert.deepEqual(report.findings, []);
  assert.ok(report.summary.resources > 0);
  const [evidence] = report.evidence;
  assert.deepEqual(evidence!.accounts, [MOTO_ACCOUNT]);
  assert.deepEqual(evidence!.regions, ['eu-west-1', 'us-east-1']);
  // The HTML report shows them too.
  const html = readFileSync(join(dir, 'out', 'report.html'), 'utf8');
  assert.match(html, new RegExp(`${MOTO_ACCOUNT}`));
  assert.match(html, /eu-west-1/);
  // The output given as an absolute path inside the root is recorded relative to it.
  assert.equal(evidence!.command.options.html, 'out/report.html');
  assert.equal(evidence!.command.options.json, 'out/report.json');
});

test('evidence paths: inside the root relative to it, outside as given', () => {
  assert.equal(evidencePath('/work/repo/out/r.json', '/work/repo'), 'out/r.json');
  assert.equal(evidencePath('/work/repo', '/work/repo'), '.');
  assert.equal(evidencePath('/work/repository/r.json', '/work/repo'), '/work/repository/r.json');
  assert.equal(evidencePath('/tmp/r.json', '/work/repo'), '/tmp/r.json');
  assert.equal(evidencePath('out/r.json', '/work/repo'), 'out/r.json');
  assert.equal(evidencePath('-', '/work/repo'), '-');

  // From the CLI: scanned paths and report paths given absolutely inside the root.
  const dir = mkdtempSync(join(tmpdir(), 'palisade-evidence-'));
  writeFileSync(join(dir, 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.27\n');
  const outside = mkdtempSync(join(tmpdir(), 'palisade-evidence-out-'));
  const r = palisade(['scan', join(dir, 'compose.yaml'), '--json', join(dir, 'r.json'), '--sarif', join(outside, 'r.sarif'), '--fail-on', 'none'], dir);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const [evidence] = (JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { evidence: Evidence[] }).evidence;
  assert.deepEqual(evidence!.command.paths, ['compose.yaml']);
  assert.equal(evidence!.command.options.json, 'r.json');
  assert.equal(evidence!.command.options.sarif, join(outside, 'r.sarif'));
});

test('offline live inputs: the snapshot files are hashed in the evidence, and the summary names the account and region', () => {
  const r = palisade(['scan', '--aws-config-snapshot', 'fixtures/aws-config', '--aws-iam-snapshot', 'fixtures/aws-config/iam-snapshot.json', '--json', '-', '--fail-on', 'none']);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { evidence: Array<Evidence & { inputs: Array<{ file: string; sha256: string }> }> };
  const [evidence] = report.evidence;
  // Every snapshot file of the folder (one per region), then the IAM file.
  const snapshots = readdirSync(join(ROOT, 'fixtures', 'aws-config')).filter((f) => f.includes('_ConfigSnapshot_')).sort();
  assert.equal(snapshots.length, 2);
  const sha = (f: string) => createHash('sha256').update(readFileSync(join(ROOT, f))).digest('hex');
  assert.deepEqual(evidence!.inputs.map((i) => [i.file, i.sha256]), [
    ...snapshots.map((s) => [`fixtures/aws-config/${s}`, sha(`fixtures/aws-config/${s}`)]),
    ['fixtures/aws-config/iam-snapshot.json', sha('fixtures/aws-config/iam-snapshot.json')],
  ]);
  assert.deepEqual([evidence!.accounts, evidence!.regions], [['111122223333'], ['eu-west-1', 'us-east-1']]);
  assert.match(r.stderr, / in \d+ resources from 1 AWS account \(2 regions\)/);
  const md = palisade(['scan', '--aws-config-snapshot', 'fixtures/aws-config', '--markdown', '-', '--fail-on', 'none']);
  assert.match(md.stdout, /Scanned \d+ resources from 1 AWS account \(2 regions\)\./);
});
