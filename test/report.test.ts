/** Golden tests for the pure formatters. UPDATE_GOLDEN=1 npm run test:only -- report rewrites them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatJson } from '../src/report/json.js';
import { formatSarif } from '../src/report/sarif.js';
import { formatConsole } from '../src/report/console.js';
import { formatMarkdown, escapeMarkdown } from '../src/report/markdown.js';
import { formatHtml } from '../src/report/html/index.js';
import { compliance } from '../src/report/html/model.js';
import { readReport } from '../src/report/read.js';
import { exitCodeOf } from '../src/commands/scan.js';
import { SAMPLE } from './helpers/sample.js';
import { HOSTILE_TEXTS, hostileResult } from './helpers/hostile.js';

const GOLDEN = join(import.meta.dirname, 'golden');

function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  assert.ok(existsSync(file), `${name}: no golden file; run with UPDATE_GOLDEN=1`);
  assert.equal(actual, readFileSync(file, 'utf8'), `${name} differs from the golden file`);
}

test('JSON report (golden)', () => golden('report.json', formatJson(SAMPLE)));
test('SARIF report (golden)', () => golden('report.sarif', formatSarif(SAMPLE)));
test('console summary (golden)', () => golden('console.txt', formatConsole(SAMPLE, { failOn: 'high' })));
test('Markdown summary (golden)', () => golden('report.md', formatMarkdown(SAMPLE)));
test('HTML report (golden)', () => golden('report.html', formatHtml(SAMPLE, { previous: { ...SAMPLE, findings: SAMPLE.findings.slice(1) } })));

test('Markdown: input is text, never markup, a mention, a link or a workflow command', () => {
  const hostile = escapeMarkdown('::error::x <img src=x> @octocat #12 [a](javascript:y) | www.evil.test\n`code`\u202e');
  assert.ok(!/[<>@#|`[\]()]/.test(hostile.replace(/&#\d+;|\\[\\`*_[\]()!~|{}]/g, '')), hostile);
  assert.ok(!hostile.includes('::'));
  assert.ok(!hostile.includes('www.'));
  assert.equal(escapeMarkdown('$x$'), '\\$x\\$', 'math is text');
  const md = formatMarkdown({ ...SAMPLE, findings: [{ ...SAMPLE.findings[0]!, message: 'a\n::warning::b' }] });
  assert.ok(md.split('\n').every((l) => !l.startsWith('::')));
});

test('Markdown: the rule cell names the CWE, a live finding the line that declared it, a CDK finding whether aws-cdk-lib made the resource', () => {
  const lines = formatMarkdown(SAMPLE).split('\n');
  const header = lines.indexOf('| Severity | Rule | Resource | Location | Message |');
  const rows = lines.slice(header + 2, lines.indexOf('', header));
  assert.equal(rows.length, 4);
  assert.match(rows[0]!, /^\| critical \| PAL-COMPOSE-001 · CWE-250 \|/);
  assert.match(rows.find((r) => r.includes('app-documents'))!, /\| arn&#58;aws&#58;s3&#58;&#58;&#58;app-documents · declared at app\/lib\/stack\.ts&#58;14 \|/);
  assert.match(rows.find((r) => r.includes('LogRetention'))!, /^\| low \| PAL-LAMBDA-006 \| \S+ \| app\/lib\/stack\.ts&#58;22 · framework-managed \|/);
  assert.ok(!rows.find((r) => r.includes("'Documents'"))!.includes('framework-managed'));
  // A live finding without a link keeps its ARN alone.
  const unlinked = formatMarkdown({ ...SAMPLE, findings: SAMPLE.findings.map((f) => ({ ...f, iac: undefined })) });
  assert.ok(unlinked.includes('| arn&#58;aws&#58;s3&#58;&#58;&#58;app-documents |'));
});

test('Markdown of hostile input (golden): every value is one escaped table cell of text', () => {
  const result = hostileResult();
  const md = formatMarkdown(result, { top: 50 });
  golden('report-hostile.md', md);
  const lines = md.split('\n');
  // No control, bidi or separator character, and no line a runner would read as a command.
  assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069]/.test(md));
  assert.ok(lines.every((l) => !l.trimStart().startsWith('::')));
  // Newlines in input add no line: one table row per finding, one list item per error.
  const header = lines.indexOf('| Severity | Rule | Resource | Location | Message |');
  const rows = lines.slice(header + 2, lines.indexOf('', header));
  assert.equal(rows.length, result.findings.length);
  assert.equal(lines.filter((l) => l.startsWith('- ')).length, result.errors.length);
  assert.equal(lines.filter((l) => l.startsWith('#')).length, 3, 'only our own headings');
  for (const row of rows) {
    // Exactly the table's own six pipes: every pipe from input is escaped.
    assert.equal(row.replace(/\\./g, '').split('|').length - 1, 6, row);
    // Left after removing our escapes (backslash escapes, numeric references): no markup character.
    const bare = row.replace(/\\./g, '').replace(/&#\d+;/g, '');
    assert.ok(!/[<>&@#`[\]()$*_~\\]/.test(bare.replace(/^\| critical \|/, '')), bare);
    assert.ok(!/www\./i.test(row) && !/https?:\/\//.test(bare), row);
  }
  // The text survives (escaped), it is not dropped: each hostile name shows in its row.
  for (const [i, text] of HOSTILE_TEXTS.entries()) {
    const first = text.replace(/[^A-Za-z0-9 ]/g, ' ').trim().split(/\s+/)[0]!;
    assert.ok(rows[i]!.includes(first), `${first} missing from ${rows[i]}`);
  }
});

test('compliance: a clean live scan passes the controls of live rules (it is no file input, and has no finding)', () => {
  const awsRule = { ...SAMPLE.rules[2]!, sources: ['aws'], frameworks: { 'cis-aws': ['3.8'] } };
  const clean = { ...SAMPLE, findings: [], inputs: [], rules: [awsRule] };
  assert.equal(compliance(clean)[0]!.controls[0]!.status, 'not-assessed', 'nothing live was read');
  assert.equal(compliance({ ...clean, live: { accounts: ['111122223333'], regions: ['eu-west-1'] } })[0]!.controls[0]!.status, 'passed');
  // Re-rendered from JSON, the evidence says so.
  const evidence = { generatedAt: '', tool: SAMPLE.tool, policyBundle: { opaVersion: '', rules: 0, wasmSha256: '', catalogSha256: '' }, inputs: [], accounts: ['111122223333'], regions: [], command: { name: 'scan', paths: [], options: {} } };
  assert.equal(compliance({ ...clean, evidence: [evidence] })[0]!.controls[0]!.status, 'passed');
});

test('JSON report reads back into the same report (JSON -> JSON is identical)', () => {
  const text = formatJson({ ...SAMPLE, evidence: [] });
  const read = readReport(text);
  assert.equal(read.error, undefined);
  assert.equal(formatJson(read.result!), text);
  assert.match(readReport('{"schemaVersion":"2.0.0","findings":[]}').error ?? '', /schemaVersion 1\.x/);
  assert.match(readReport('{"schemaVersion":"1.1.0","findings":[{"ruleId":1}]}').error ?? '', /findings\[0\] has no string ruleId/);
});

test('console summary, quiet (golden)', () => golden('console-quiet.txt', formatConsole(SAMPLE, { quiet: true })));

test('the console never passes terminal control characters from scanned input', () => {
  const out = formatConsole(SAMPLE);
  assert.ok(!out.includes('\u001b'), 'raw ESC reached the console');
  assert.match(out, /agent\\x1b\[31m/);
});

test('SARIF: CDK findings point at the TypeScript line, with the template as related location', () => {
  const sarif = JSON.parse(formatSarif(SAMPLE));
  const results = sarif.runs.flatMap((run: { results: unknown[] }) => run.results);
  assert.deepEqual(sarif.runs.map((run: any) => run.automationDetails.id), ['palisade/aws/111122223333/eu-west-1/', 'palisade/cdk/', 'palisade/compose/']);
  const r = results.find((x: { ruleId: string }) => x.ruleId === 'PAL-S3-001');
  assert.equal(r.locations[0].physicalLocation.artifactLocation.uri, 'app/lib/stack.ts');
  assert.equal(r.locations[0].physicalLocation.region.startLine, 14);
  assert.equal(r.relatedLocations[0].physicalLocation.artifactLocation.uri, 'cdk.out/App.template.json');
  const kms = results.find((x: { ruleId: string }) => x.ruleId === 'PAL-KMS-001');
  assert.equal(kms.locations[0].logicalLocations[0].fullyQualifiedName, 'arn:aws:kms:eu-west-1:111122223333:key/abc');
  assert.equal(kms.suppressions[0].justification, 'accepted risk: legacy key (JIRA-1)');
});

test('exit codes: usage beats incomplete beats findings; suppressed findings never fail', () => {
  assert.equal(exitCodeOf(SAMPLE, 'high'), 3);
  const complete = { ...SAMPLE, errors: [] };
  assert.equal(exitCodeOf(complete, 'high'), 1);
  assert.equal(exitCodeOf(complete, 'none'), 0);
  assert.equal(exitCodeOf({ ...complete, findings: [SAMPLE.findings[2]!] }, 'low'), 0);
  assert.equal(exitCodeOf({ ...complete, missing: ['x'] }, 'none'), 2);
});
