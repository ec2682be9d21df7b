/** `palisade report` and `palisade merge` through the built CLI: round trips and de-duplication. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { palisade } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'palisade-merge-'));
const at = (name: string) => join(dir, name);

function scanTo(paths: string[], name: string): string {
  const r = palisade(['scan', ...paths, '--json', at(name), '--sarif', at(`${name}.sarif`), '--markdown', at(`${name}.md`), '--fail-on', 'none', '-q']);
  assert.ok(r.status === 0 || r.status === 3, r.stderr);
  return at(name);
}

test('report: JSON -> JSON is identical; SARIF and Markdown re-rendered from JSON equal the scan\'s own', () => {
  const json = scanTo(['fixtures/compose/insecure', 'fixtures/cdk/cdk.out'], 'a.json');
  const r = palisade(['report', json, '--json', at('again.json'), '--sarif', at('again.sarif'), '--markdown', at('again.md'), '--html', at('again.html')]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(readFileSync(at('again.json'), 'utf8'), readFileSync(json, 'utf8'));
  assert.equal(readFileSync(at('again.sarif'), 'utf8'), readFileSync(at('a.json.sarif'), 'utf8'));
  assert.equal(readFileSync(at('again.md'), 'utf8'), readFileSync(at('a.json.md'), 'utf8'));
  assert.match(readFileSync(at('again.html'), 'utf8'), /<section id="evidence">/);
});

test('merge: a report merged with itself is unchanged; shards merge de-duplicated with every shard\'s evidence', () => {
  const a = scanTo(['fixtures/compose/insecure'], 'compose.json');
  const b = scanTo(['fixtures/cdk/cdk.out'], 'cdk.json');
  let r = palisade(['merge', a, a, '--json', at('self.json')]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(readFileSync(at('self.json'), 'utf8'), readFileSync(a, 'utf8'));

  r = palisade(['merge', a, b, a, '--json', at('all.json'), '--html', at('all.html')]);
  assert.equal(r.status, 0, r.stderr);
  const [ra, rb, all] = [a, b, at('all.json')].map((f) => JSON.parse(readFileSync(f, 'utf8')));
  assert.equal(all.findings.length, ra.findings.length + rb.findings.length);
  assert.equal(new Set(all.findings.map((f: { fingerprint: string }) => f.fingerprint)).size, all.findings.length);
  assert.equal(all.summary.resources, ra.summary.resources + rb.summary.resources);
  assert.deepEqual(all.evidence, [...ra.evidence, ...rb.evidence]);
  assert.match(readFileSync(at('all.html'), 'utf8'), /Scan 2 of 2/);
});

test('report and merge: a file that is not a JSON report is a usage error naming it', () => {
  writeFileSync(at('bad.json'), '{"schemaVersion": "9.0.0", "findings": []}');
  const r = palisade(['report', at('bad.json'), '--json', '-']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /bad\.json: not a Palisade JSON report with schemaVersion 1\.x/);
  assert.equal(palisade(['merge', at('missing.json'), '--json', '-']).status, 2);
});

test('scan --compare: the HTML trend counts new, fixed and unchanged findings', () => {
  const before = scanTo(['fixtures/compose/insecure'], 'before.json');
  const r = palisade(['scan', 'fixtures/cdk/cdk.out', 'fixtures/compose/insecure', '--compare', before, '--html', at('trend.html'), '--fail-on', 'none', '-q']);
  assert.equal(r.status, 0, r.stderr);
  const html = readFileSync(at('trend.html'), 'utf8');
  const card = (label: string) => Number(new RegExp(`<div class="card-value">(\\d+)</div><div class="card-label">${label}</div>`).exec(html)?.[1]);
  const prev = JSON.parse(readFileSync(before, 'utf8'));
  assert.equal(card('Unchanged'), prev.summary.findings);
  assert.ok(card('New') > 0);
  assert.equal(card('Fixed'), 0);
});

test('merge --fail-on gates the merged report as scan does; without it merge exits 0', () => {
  const a = scanTo(['fixtures/compose/insecure'], 'gate-compose.json');
  const b = scanTo(['fixtures/cdk/cdk.out'], 'gate-cdk.json');
  const severities = new Set(JSON.parse(readFileSync(a, 'utf8')).findings.map((f: { severity: string }) => f.severity));
  assert.ok(severities.has('critical'), 'the insecure stack has a critical finding');
  assert.equal(palisade(['merge', a, b, '--json', at('gate.json')]).status, 0);
  assert.equal(palisade(['merge', a, b, '--json', at('gate.json'), '--fail-on', 'critical']).status, 1);
  assert.equal(palisade(['merge', a, b, '--json', at('gate.json'), '--fail-on', 'none']).status, 0);
  const bad = palisade(['merge', a, b, '--json', at('gate.json'), '--fail-on', 'severe']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--fail-on must be one of/);
});
