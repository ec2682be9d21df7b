/** The JSON report written in chunks is byte for byte the report formatted whole (issue 11, tail). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { formatJson, jsonChunks } from '../src/report/json.js';
import { readReport } from '../src/report/read.js';
import type { ScanResult } from '../src/findings/result.js';
import type { Finding } from '../src/findings/types.js';
import { SAMPLE } from './helpers/sample.js';
import { HOSTILE_TEXTS, hostileResult } from './helpers/hostile.js';

/** The formatter as it was before chunking: one JSON.stringify of the whole report. */
function wholeJson(result: ScanResult): string {
  const pick = (f: Finding): Record<string, unknown> => {
    const out: Record<string, unknown> = { ruleId: f.ruleId, title: f.title, severity: f.severity, category: f.category, message: f.message, source: f.source, resource: f.resource, path: f.path };
    if (f.location) out.location = f.location;
    if (f.cloud) out.cloud = f.cloud;
    if (f.cdk) out.cdk = f.cdk;
    if (f.iac) out.iac = f.iac;
    if (f.owner !== undefined) out.owner = f.owner;
    out.suppressed = f.suppressed;
    if (f.suppression) out.suppression = f.suppression;
    if (f.expiredWaiver) out.expiredWaiver = f.expiredWaiver;
    if (f.baseline) out.baseline = f.baseline;
    out.fingerprint = f.fingerprint;
    return out;
  };
  const report = {
    schemaVersion: result.schemaVersion,
    tool: result.tool,
    summary: result.summary,
    findings: result.findings.map(pick),
    ...(result.fixed ? { fixed: result.fixed } : {}),
    errors: result.errors.map((e) => ({ file: e.file, ...(e.line !== undefined ? { line: e.line } : {}), level: e.level, message: e.message })),
    inputs: result.inputs,
    skipped: result.skipped ?? [],
    rules: result.rules,
    ...(result.evidence ? { evidence: result.evidence } : {}),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

const joined = (r: ScanResult, n?: number) => [...jsonChunks(r, n)].join('');

test('chunked JSON equals the whole report on the sample, the hostile texts and every example report', () => {
  const results: ScanResult[] = [SAMPLE, { ...SAMPLE, evidence: [] }, { ...SAMPLE, findings: [], errors: [], rules: [] }, hostileResult()];
  for (const file of readdirSync('reports').filter((f) => f.endsWith('.json'))) {
    const read = readReport(readFileSync(`reports/${file}`, 'utf8'));
    assert.equal(read.error, undefined, file);
    results.push(read.result!);
  }
  for (const r of results) {
    const whole = wholeJson(r);
    assert.equal(formatJson(r), whole);
    for (const n of [1, 2, 3, 7, 1000]) assert.equal(joined(r, n), whole);
  }
});

test('chunked JSON equals the whole report for any findings, slice size and optional fields (property)', () => {
  const text = fc.oneof(fc.string(), fc.constantFrom(...HOSTILE_TEXTS), fc.string({ unit: 'grapheme' }));
  fc.assert(
    fc.property(
      fc.array(fc.record({ pick: fc.nat(SAMPLE.findings.length - 1), message: text, id: text }), { maxLength: 25 }),
      fc.integer({ min: 1, max: 9 }),
      fc.boolean(),
      fc.boolean(),
      fc.array(text, { maxLength: 3 }),
      (picks, n, withFixed, withEvidence, skippedReasons) => {
        const findings = picks.map(({ pick, message, id }) => ({ ...SAMPLE.findings[pick]!, message, resource: { ...SAMPLE.findings[pick]!.resource, id } }));
        const r: ScanResult = {
          ...SAMPLE,
          findings,
          ...(withFixed ? { fixed: findings.slice(0, 2) } : {}),
          ...(withEvidence ? { evidence: [] } : {}),
          skipped: skippedReasons.map((reason, i) => ({ path: `p${i}`, reason })) as ScanResult['skipped'],
        };
        assert.equal(joined(r, n), wholeJson(r));
      },
    ),
    { numRuns: 300 },
  );
});
