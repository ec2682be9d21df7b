/**
 * The SARIF report passes the SARIF Multitool's validation with the GitHub rules (Gh;Sarif),
 * and carries what code scanning needs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { palisade } from './helpers/cli.js';

const require = createRequire(import.meta.url);
// The package's own bin wrapper runs through a shell, which splits "Gh;Sarif" at the ';'.
const MULTITOOL = require('@microsoft/sarif-multitool-linux') as string;

interface Validation {
  runs: Array<{ results?: Array<{ ruleId: string; level: string; message: { text?: string }; locations?: unknown[] }> }>;
}

function validate(file: string): Validation['runs'][0]['results'] {
  const out = join(mkdtempSync(join(tmpdir(), 'palisade-sarif-val-')), 'validation.sarif');
  const r = spawnSync(MULTITOOL, ['validate', '--rule-kind', 'Gh;Sarif', '--output', out, file], { encoding: 'utf8' });
  assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
  const validation = JSON.parse(readFileSync(out, 'utf8')) as Validation;
  return validation.runs[0]?.results ?? [];
}

function scanToSarif(paths: string[]): { file: string; sarif: any } {
  const file = join(mkdtempSync(join(tmpdir(), 'palisade-sarif-')), 'palisade.sarif');
  const r = palisade(['scan', ...paths, '--sarif', file, '--fail-on', 'none']);
  assert.ok(r.status === 0 || r.status === 3, r.stderr);
  return { file, sarif: JSON.parse(readFileSync(file, 'utf8')) };
}

test('the SARIF report passes the Multitool with GitHub rules, with no errors', { timeout: 180_000 }, () => {
  const { file, sarif } = scanToSarif(['test/fixtures/cli/mixed', 'test/fixtures/cli/broken', 'fixtures']);
  assert.ok(sarif.runs[0].results.length > 0);
  const problems = validate(file)!.filter((r) => r.level === 'error');
  assert.deepEqual(
    problems.map((p) => `${p.ruleId}: ${p.message.text ?? ''}`),
    [],
  );
});

test('SARIF rules carry help, security-severity and tags; results carry relative URIs, regions and fingerprints', () => {
  const { sarif } = scanToSarif(['test/fixtures/cli/mixed']);
  const run = sarif.runs[0];
  const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'PAL-COMPOSE-001');
  assert.equal(rule.properties['security-severity'], '9.5');
  assert.ok(rule.properties.tags.includes('security'));
  assert.ok(rule.properties.tags.includes('access'));
  assert.match(rule.help.markdown, /\*\*Remediation\*\*/);
  assert.equal(rule.fullDescription.text.length > 20, true);
  const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'PAL-COMPOSE-001');
  assert.equal(run.tool.driver.rules[result.ruleIndex].id, 'PAL-COMPOSE-001');
  assert.deepEqual(result.locations[0].physicalLocation, {
    artifactLocation: { uri: 'test/fixtures/cli/mixed/compose.yaml', uriBaseId: '%SRCROOT%' },
    region: { startLine: 4, endLine: 4 },
  });
  assert.match(result.partialFingerprints['palisadeFinding/v1'], /^[0-9a-f]{32}$/);
  assert.equal(result.level, 'error');
  // Stable: the same scan gives the same fingerprints.
  const again = scanToSarif(['test/fixtures/cli/mixed']).sarif.runs[0].results.map((r: any) => r.partialFingerprints);
  assert.deepEqual(again, run.results.map((r: any) => r.partialFingerprints));
});

test('the golden SARIF (CDK source lines, live resources, suppressions) passes the Multitool too', { timeout: 180_000 }, () => {
  const problems = validate(join(import.meta.dirname, 'golden', 'report.sarif'))!.filter((r) => r.level === 'error');
  assert.deepEqual(problems.map((p) => `${p.ruleId}: ${p.message.text ?? ''}`), []);
});
