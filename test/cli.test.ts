import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { palisade } from './helpers/cli.js';

const MIXED = 'test/fixtures/cli/mixed';

test('scan prints findings grouped by severity and exits 1 at the default threshold', () => {
  const r = palisade(['scan', MIXED]);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /^CRITICAL \(1\)\n {2}PAL-COMPOSE-001 {2}test\/fixtures\/cli\/mixed\/compose\.yaml:4\n/m);
  assert.match(r.stdout, /PAL-S3-008 {2}test\/fixtures\/cli\/mixed\/storage\.yaml:4/);
  assert.match(r.stdout, /PAL-COMPOSE-002 {2}test\/fixtures\/cli\/mixed\/compose\.yaml:6/);
  assert.match(r.stdout, /\[fail-on: high\]\n$/);
});

test('--fail-on none exits 0; --fail-on critical still fails on the privileged service', () => {
  assert.equal(palisade(['scan', MIXED, '--fail-on', 'none']).status, 0);
  assert.equal(palisade(['scan', MIXED, '--fail-on', 'critical']).status, 1);
  assert.equal(palisade(['scan', 'test/fixtures/cli/mixed/storage.yaml', '--fail-on', 'critical']).status, 0);
});

test('a path that does not exist is a usage error (exit 2) naming it', () => {
  const r = palisade(['scan', MIXED, 'no/such/place']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no\/such\/place: no such file or folder/);
});

test('a bad flag value is a usage error', () => {
  const r = palisade(['scan', MIXED, '--fail-on', 'severe']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--fail-on must be one of critical, high, medium, low, info, none/);
  assert.equal(palisade(['scan', '--no-such-flag']).status, 2);
});

test('an input that cannot be parsed exits 3, names file and line, and the rest is still reported', () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-cli-'));
  const json = join(dir, 'out.json');
  const r = palisade(['scan', 'test/fixtures/cli/broken', '--json', json]);
  assert.equal(r.status, 3, r.stdout + r.stderr);
  assert.match(r.stdout, /error: test\/fixtures\/cli\/broken\/compose\.yaml:5 {2}parse YAML/);
  const report = JSON.parse(readFileSync(json, 'utf8'));
  const files = new Set(report.findings.map((f: { location: { file: string } }) => f.location.file));
  assert.deepEqual([...files], ['test/fixtures/cli/broken/storage.yaml']);
  assert.ok(report.findings.some((f: { ruleId: string; location: { startLine: number } }) => f.ruleId === 'PAL-S3-008' && f.location.startLine === 4));
  assert.equal(report.errors[0].file, 'test/fixtures/cli/broken/compose.yaml');
  assert.equal(report.errors[0].line, 5);
});

test('--json - writes the report to stdout and the summary to stderr', () => {
  const r = palisade(['scan', MIXED, '--json', '-']);
  const report = JSON.parse(r.stdout);
  assert.equal(report.schemaVersion, '1.1.0');
  assert.ok(report.findings.length > 3);
  assert.equal(report.summary.findings, report.findings.length);
  assert.match(r.stderr, new RegExp(`^${report.findings.length} findings`, 'm'));
});

test('the JSON report has the documented shape', () => {
  const report = JSON.parse(palisade(['scan', MIXED, '--json', '-']).stdout);
  const f = report.findings.find((x: { ruleId: string }) => x.ruleId === 'PAL-COMPOSE-001');
  assert.deepEqual(f, {
    ruleId: 'PAL-COMPOSE-001',
    title: 'Container runs privileged',
    severity: 'critical',
    category: 'access',
    message: "Service 'agent' runs privileged.",
    source: 'compose',
    resource: { id: 'test/fixtures/cli/mixed/compose.yaml#services.agent', type: 'compose.service', name: 'agent' },
    path: 'properties.privileged',
    location: { file: 'test/fixtures/cli/mixed/compose.yaml', startLine: 4, endLine: 4 },
    suppressed: null,
    fingerprint: f.fingerprint,
  });
  assert.match(f.fingerprint, /^[0-9a-f]{32}$/);
  assert.deepEqual(Object.keys(report.summary).sort(), ['bySeverity', 'errors', 'findings', 'inputs', 'resources', 'suppressed', 'warnings']);
});

test('a configuration file sets the threshold and required tags; an invalid one is a usage error with file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-config-'));
  const good = join(dir, 'good.yaml');
  writeFileSync(good, 'failOn: none\nrules:\n  disabled: [PAL-COMPOSE-002]\n');
  const r = palisade(['scan', MIXED, '--config', good, '--json', '-']);
  assert.equal(r.status, 0, r.stderr);
  const ids = new Set(JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId));
  assert.ok(ids.has('PAL-COMPOSE-001') && ids.has('PAL-S3-008'));
  assert.ok(!ids.has('PAL-COMPOSE-002'), 'a disabled rule still reported');

  const tags = palisade(['scan', MIXED, '--config', good, '--required-tags', 'owner', '--json', '-']);
  const tagged = JSON.parse(tags.stdout).findings.filter((f: { category: string }) => f.category === 'tagging');
  assert.deepEqual(
    tagged.map((f: { ruleId: string; location: { startLine: number } }) => [f.ruleId, f.location.startLine]).sort(),
    [['PAL-COMPOSE-033', 2], ['PAL-COMPOSE-033', 5], ['PAL-TAG-001', 4]],
  );

  const bad = join(dir, 'bad.yaml');
  writeFileSync(bad, 'failOn: high\nrequiredTags: [owner]\nfail_on: low\nrules:\n  disabled: [PAL-NOPE-999]\n');
  const b = palisade(['scan', MIXED, '--config', bad]);
  assert.equal(b.status, 2);
  assert.match(b.stderr, /bad\.yaml:3: config: \(top level\): unknown key 'fail_on'/);

  const unknownRule = join(dir, 'unknown.yaml');
  writeFileSync(unknownRule, 'rules:\n  disabled:\n    - PAL-NOPE-999\n');
  const u = palisade(['scan', MIXED, '--config', unknownRule]);
  assert.equal(u.status, 2);
  assert.match(u.stderr, /unknown\.yaml:3: config: unknown rule PAL-NOPE-999/);
});

test('rules lists the catalog, as a table or JSON', () => {
  const table = palisade(['rules']);
  assert.equal(table.status, 0);
  assert.match(table.stdout, /^ID +SEVERITY +CATEGORY +SOURCES +TITLE$/m);
  assert.match(table.stdout, /^PAL-S3-008 +medium +logging +cloudformation,cdk,aws +S3 bucket has no server access logging$/m);
  const json = JSON.parse(palisade(['rules', '--json']).stdout);
  assert.ok(json.some((r: { id: string }) => r.id === 'PAL-COMPOSE-001'));
  // Every rule answers the CWE question: an id, or null for `cwe: none`.
  assert.equal(json.find((r: { id: string }) => r.id === 'PAL-COMPOSE-001').cwe, 'CWE-250');
  assert.ok(json.every((r: { cwe?: unknown }) => r.cwe === null || /^CWE-\d+$/.test(String(r.cwe))));
});

test('--version prints the package version', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(palisade(['--version']).stdout.trim(), pkg.version);
});

test('an absolute path is scanned, and reported relative to the working directory', () => {
  const r = palisade(['scan', join(process.cwd(), MIXED, 'compose.yaml'), '--json', '-']);
  const files = new Set(JSON.parse(r.stdout).findings.map((f: { location: { file: string } }) => f.location.file));
  assert.deepEqual([...files], ['test/fixtures/cli/mixed/compose.yaml']);
});

test('the installed bin runs by itself, as npx runs it (shebang, executable bit)', () => {
  const r = spawnSync(join(process.cwd(), 'dist', 'cli.js'), ['--version'], { encoding: 'utf8' });
  assert.equal(r.status, 0, String(r.error ?? r.stderr));
  assert.match(r.stdout, /^\d+\.\d+\.\d+\n$/);
});

test('a report that cannot be written is an error (exit 2), and the summary is still printed', () => {
  const r = palisade(['scan', MIXED, '--fail-on', 'none', '--json', `${MIXED}/compose.yaml/report.json`]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /palisade: write test\/fixtures\/cli\/mixed\/compose\.yaml\/report\.json: /);
  assert.match(r.stdout, /findings? .* in \d+ resources/);
});
