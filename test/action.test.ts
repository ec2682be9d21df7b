/**
 * The GitHub Action, run from the committed bundle the way a runner runs it: INPUT_*
 * variables, GITHUB_WORKSPACE, RUNNER_TEMP, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './helpers/cli.js';

const BUNDLE = join(ROOT, 'action', 'dist', 'index.js');

function runAction(files: Record<string, string>, inputs: Record<string, string>, bundle = BUNDLE) {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-action-'));
  const ws = join(dir, 'workspace');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(ws, name, '..'), { recursive: true });
    writeFileSync(join(ws, name), text);
  }
  mkdirSync(join(dir, 'runner-temp'));
  const out = join(dir, 'github_output');
  const summary = join(dir, 'step_summary');
  writeFileSync(out, '');
  writeFileSync(summary, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: join(dir, 'runner-temp'),
    GITHUB_OUTPUT: out,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_ACTIONS: 'true',
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [bundle], { cwd: ws, env, encoding: 'utf8' });
  const outputs: Record<string, string> = {};
  const text = readFileSync(out, 'utf8');
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, outputs, summary: readFileSync(summary, 'utf8'), ws };
}

/** Workflow commands the runner would execute: lines starting with '::' outside a stop-commands block. */
function commands(stdout: string): string[] {
  const live: string[] = [];
  let stopped: string | undefined;
  for (const line of stdout.split('\n')) {
    if (stopped) {
      if (line === `::${stopped}::`) stopped = undefined;
      continue;
    }
    const m = /^::stop-commands::(.+)$/.exec(line);
    if (m) stopped = m[1];
    else if (line.startsWith('::')) live.push(line);
  }
  return live;
}

const COMPOSE = `services:
  db:
    image: postgres:16
    privileged: true
  web:
    image: "nginx%0A::error::forged\\n::add-mask::x\\u202e"
    labels:
      note: "::set-output name=failed::false"
`;

test('the bundle runs from a checkout of the action without node_modules, as a runner has it', () => {
  // A runner checks the action's repository out and runs action/dist/index.js: no npm install,
  // so nothing may be required from node_modules at run time.
  const checkout = mkdtempSync(join(tmpdir(), 'palisade-action-checkout-'));
  for (const path of ['action', 'package.json', 'rules', join('policies', 'bundle')]) cpSync(join(ROOT, path), join(checkout, path), { recursive: true });
  const r = runAction({ 'app/compose.yaml': 'services:\n  db:\n    image: postgres:16\n    privileged: true\n' }, { 'fail-on': 'high' }, join(checkout, 'action', 'dist', 'index.js'));
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /^::error title=PAL-COMPOSE-001 \(critical\)/m);
  assert.equal(r.outputs.failed, 'true');
});

test('the committed bundle is what npm run build:action makes (run it when this fails)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-action-build-'));
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-action.mjs'), dir], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const list = (base: string): string[] =>
    readdirSync(base).flatMap((n) => (statSync(join(base, n)).isDirectory() ? list(join(base, n)) : [join(base, n)]));
  const built = list(dir).map((f) => relative(dir, f)).sort();
  const committed = list(join(ROOT, 'action')).map((f) => relative(join(ROOT, 'action'), f)).sort();
  assert.deepEqual(committed, built);
  for (const f of built) assert.ok(readFileSync(join(dir, f)).equals(readFileSync(join(ROOT, 'action', f))), `action/${f} is stale`);
});

test('action.yml: node20, the bundle as entry, the documented inputs and outputs', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
  assert.equal(action.runs.using, 'node20');
  assert.equal(action.runs.main, 'action/dist/index.js');
  for (const i of ['path', 'config', 'fail-on', 'sarif-file', 'html-file', 'markdown-file', 'baseline', 'required-tags', 'ignore-repo-config']) assert.ok(action.inputs[i], i);
  assert.deepEqual(Object.keys(action.outputs).sort(), ['failed', 'findings', 'html-file', 'sarif-file']);
});

test('the action annotates, summarizes, writes SARIF and outputs, and fails at the threshold', () => {
  const r = runAction({ 'app/compose.yaml': COMPOSE }, { 'sarif-file': 'reports/palisade.sarif', 'fail-on': 'high', 'html-file': 'reports/palisade.html' });
  // The HTML artifact carries the evidence: the input file's hash, the options, paths relative to the workspace.
  const html = readFileSync(join(r.ws, 'reports', 'palisade.html'), 'utf8');
  const evidence = html.slice(html.indexOf('<section id="evidence">'));
  assert.match(evidence, /app\/compose\.yaml/);
  assert.match(evidence, /[0-9a-f]{64}/);
  assert.match(evidence, /palisade action/);
  assert.ok(!evidence.includes(r.ws), 'no absolute workspace path in the evidence');
  assert.equal(r.status, 1, r.stderr);
  const cmds = commands(r.stdout);
  // Most severe first, one per active finding up to 10 per level.
  assert.match(cmds[0]!, /^::error title=PAL-COMPOSE-001 \(critical\)%3A Container runs privileged,file=app\/compose\.yaml,line=4,endLine=4::Service 'db' runs privileged\.$/);
  assert.ok(cmds.filter((c) => c.startsWith('::warning')).length <= 10);
  assert.ok(cmds.filter((c) => c.startsWith('::notice')).length === 10);
  assert.equal(cmds[cmds.length - 1], '::error::Palisade: active findings at or above high');
  // Nothing from the input became a command of its own.
  assert.ok(cmds.every((c) => /^::(error|warning|notice)( title=PAL-[A-Z0-9]+-\d{3} [^:]*)?/.test(c) || c.startsWith('::error::Palisade')), cmds.join('\n'));
  assert.ok(!cmds.some((c) => /^::(add-mask|set-output)/.test(c) || c.startsWith('::error::forged')));
  assert.ok(!r.stdout.includes('\u202e'));
  const sarifPath = join(r.ws, 'reports', 'palisade.sarif');
  assert.equal(r.outputs['sarif-file'], sarifPath);
  const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'));
  const active = sarif.runs[0].results.length;
  assert.equal(r.outputs.findings, String(active));
  assert.equal(r.outputs.failed, 'true');
  assert.match(r.summary, /^## Palisade: failed$/m);
  assert.match(r.summary, /<tr><td>critical<\/td><td>1<\/td><td>0<\/td><\/tr>/);
  assert.match(r.summary, /### Top findings \(15 of \d+\)/);
  // The summary holds no raw markup or command syntax from the input.
  assert.ok(!r.summary.includes('::error::forged') && !r.summary.includes('::set-output'));
  assert.ok(!/<(?!\/?(table|tr|th|td)>)/.test(r.summary));
});

test('the action passes with fail-on none, honours a baseline, and ignore-repo-config drops a PR configuration', () => {
  const files = { 'app/compose.yaml': 'services:\n  db:\n    image: postgres:16\n    privileged: true\n', '.palisade.yaml': 'failOn: none\n' };
  const lenient = runAction(files, {});
  assert.equal(lenient.status, 0, lenient.stdout);
  assert.equal(lenient.outputs.failed, 'false');
  const strict = runAction(files, { 'ignore-repo-config': 'true' });
  assert.equal(strict.status, 1);
  assert.equal(strict.outputs.failed, 'true');
  const inside = runAction(files, { 'ignore-repo-config': 'true', config: '.palisade.yaml' });
  assert.equal(inside.status, 1);
  assert.match(inside.stdout, /::error::Palisade: config: with ignore-repo-config, the configuration must come from outside the workspace/);
});

test('the action scans a live account offline from snapshot inputs: live findings with ARNs in SARIF and the summary', () => {
  const r = runAction(
    { 'README.md': 'no infrastructure here\n' },
    {
      path: '',
      'aws-snapshot': join(ROOT, 'fixtures', 'aws-config'),
      'aws-iam-snapshot': join(ROOT, 'fixtures', 'aws-config', 'iam-snapshot.json'),
      'fail-on': 'critical',
    },
  );
  assert.equal(r.status, 1, r.stderr);
  const sarif = JSON.parse(readFileSync(r.outputs['sarif-file']!, 'utf8')) as { runs: Array<{ automationDetails: { id: string }; results: Array<{ ruleId: string; properties: { resource: string } }> }> };
  const live = sarif.runs.filter((run) => run.automationDetails.id.startsWith('palisade/aws/111122223333/'));
  assert.ok(live.length > 0, 'a SARIF run per live account and region');
  const results = live.flatMap((run) => run.results);
  assert.ok(results.some((x) => x.ruleId === 'PAL-IAM-011' && x.properties.resource.includes(':user/console-no-mfa')), 'the console user without MFA');
  assert.ok(results.some((x) => x.ruleId === 'PAL-S3-005'), 'the public bucket');
  assert.match(r.summary, /PAL-IAM-001|PAL-S3-005/);
});
