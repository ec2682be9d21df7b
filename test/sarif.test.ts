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
import { writeFileSync } from 'node:fs';
import { GITHUB_LIMITS, PROJECT_URL, formatSarif, sarifReport } from '../src/report/sarif.js';
import { manyFindings } from './helpers/many.js';
import { SAMPLE } from './helpers/sample.js';

const require = createRequire(import.meta.url);
// The package's own bin wrapper runs through a shell, which splits "Gh;Sarif" at the ';'.
const MULTITOOL = require('@microsoft/sarif-multitool-linux') as string;

interface Validation {
  runs: Array<{ results?: Array<{ ruleId: string; level: string; message: { text?: string }; locations?: unknown[] }> }>;
}

function validate(file: string, extra: string[] = []): Validation['runs'][0]['results'] {
  const out = join(mkdtempSync(join(tmpdir(), 'palisade-sarif-val-')), 'validation.sarif');
  const r = spawnSync(MULTITOOL, ['validate', '--rule-kind', 'Gh;Sarif', ...extra, '--output', out, file], { encoding: 'utf8' });
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
  assert.ok(sarif.runs.some((run: any) => run.results.length > 0));
  const problems = validate(file)!.filter((r) => r.level === 'error');
  assert.deepEqual(
    problems.map((p) => `${p.ruleId}: ${p.message.text ?? ''}`),
    [],
  );
});

test('SARIF rules carry help, security-severity and tags; results carry relative URIs, regions and fingerprints', () => {
  const { sarif } = scanToSarif(['test/fixtures/cli/mixed']);
  const run = sarif.runs.find((x: any) => x.automationDetails.id === 'palisade/compose/');
  assert.equal(run.tool.driver.informationUri, PROJECT_URL);
  const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'PAL-COMPOSE-001');
  assert.equal(rule.properties['security-severity'], '9.5');
  assert.equal(rule.helpUri, `${PROJECT_URL}/blob/main/rules/README.md#pal-compose-001`);
  assert.equal(rule.properties.precision, 'high');
  assert.ok(rule.properties.tags.includes('security'));
  assert.ok(rule.properties.tags.includes('access'));
  // The CWE as GitHub code scanning reads it, and as a property.
  assert.ok(rule.properties.tags.includes('external/cwe/cwe-250'), rule.properties.tags.join(' '));
  assert.equal(rule.properties.cwe, 'CWE-250');
  assert.match(rule.help.markdown, /\*\*Weakness:\*\* CWE-250/);
  const unmapped = run.tool.driver.rules.find((r: { id: string }) => r.id === 'PAL-COMPOSE-026');
  if (unmapped) assert.ok(!unmapped.properties.tags.some((t: string) => t.startsWith('external/cwe/')) && !('cwe' in unmapped.properties));
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
  const again = scanToSarif(['test/fixtures/cli/mixed']).sarif.runs.find((x: any) => x.automationDetails.id === 'palisade/compose/').results.map((r: any) => r.partialFingerprints);
  assert.deepEqual(again, run.results.map((r: any) => r.partialFingerprints));
});

test('the golden SARIF (CDK source lines, live resources, suppressions) passes the Multitool too', { timeout: 180_000 }, () => {
  const problems = validate(join(import.meta.dirname, 'golden', 'report.sarif'))!.filter((r) => r.level === 'error');
  assert.deepEqual(problems.map((p) => `${p.ruleId}: ${p.message.text ?? ''}`), []);
});

test('a scan past GitHub\'s limits: results cut per run, least severe first, with a warning naming them; the Multitool accepts it', { timeout: 300_000 }, () => {
  const big = manyFindings(GITHUB_LIMITS.resultsPerRun + 5_000);
  const { text, warnings } = sarifReport(big);
  const sarif = JSON.parse(text);
  assert.equal(sarif.runs.length, 1);
  const results = sarif.runs[0].results;
  assert.equal(results.length, GITHUB_LIMITS.resultsPerRun);
  // 6,000 of each severity: the 5,000 left out are all info.
  assert.equal(results.filter((r: any) => r.properties.severity === 'info').length, 1_000, 'the least severe are the ones left out');
  assert.equal(results.filter((r: any) => r.properties.severity === 'critical').length, 6_000);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /5000 of 30000 results left out .*PAL-COMPOSE-001 \d+/);
  assert.equal(sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text, warnings[0]);
  const file = join(mkdtempSync(join(tmpdir(), 'palisade-sarif-big-')), 'big.sarif');
  writeFileSync(file, text);
  // GitHub's bound is on the gzipped size (10 MB); the Multitool skips files over 10 MB unzipped by default.
  const problems = validate(file, ['--max-file-size-in-kb', '200000'])!.filter((r) => r.level === 'error');
  assert.deepEqual(problems.map((p) => `${p.ruleId}: ${p.message.text ?? ''}`), []);
});

test('SARIF: one run per source kind, live AWS per account and region (coarser past 20 runs); identical input gives identical bytes', () => {
  assert.equal(formatSarif(SAMPLE), formatSarif(structuredClone(SAMPLE)));
  const kms = SAMPLE.findings[2]!;
  const many = Array.from({ length: 25 }, (_, i) => ({ ...kms, fingerprint: `${i}`.padStart(32, '0'), cloud: { ...kms.cloud, region: `region-${i}` } }));
  const sarif = JSON.parse(formatSarif({ ...SAMPLE, findings: [...SAMPLE.findings, ...many] }));
  assert.ok(sarif.runs.length <= GITHUB_LIMITS.runsPerFile);
  assert.deepEqual(sarif.runs.map((r: any) => r.automationDetails.id), ['palisade/aws/', 'palisade/cdk/', 'palisade/compose/']);
  const long = JSON.parse(formatSarif({ ...SAMPLE, findings: [{ ...SAMPLE.findings[0]!, message: 'x'.repeat(100_000) }] }));
  assert.equal(long.runs.flatMap((r: any) => r.results)[0].message.text.length, GITHUB_LIMITS.messageChars);
});
