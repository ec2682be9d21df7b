/** A synthetic scan result with many findings, for the HTML report's scale test and benchmark. */
import type { ScanResult } from '../../src/findings/result.js';
import { summarize } from '../../src/findings/result.js';
import type { Finding } from '../../src/findings/types.js';
import { SEVERITIES } from '../../src/findings/types.js';
import { RULES } from './sample.js';

export function manyFindings(n: number): ScanResult {
  const findings: Finding[] = [];
  for (let i = 0; i < n; i++) {
    const rule = RULES[i % RULES.length]!;
    const severity = SEVERITIES[i % SEVERITIES.length]!;
    const file = `stack${i % 50}/compose.yaml`;
    findings.push({
      ruleId: rule.id,
      title: rule.title,
      severity,
      category: rule.category,
      message: `Service 'svc${i}' breaks ${rule.id}.`,
      source: 'compose',
      resource: { id: `${file}#services.svc${i}`, type: 'compose.service', name: `svc${i}` },
      path: 'properties.privileged',
      location: { file, startLine: (i % 400) + 1, endLine: (i % 400) + 1 },
      owner: `team-${i % 7}`,
      suppressed: null,
      fingerprint: i.toString(16).padStart(32, '0'),
    });
  }
  return {
    schemaVersion: '1.1.0',
    tool: { name: 'palisade', version: '0.0.0-test' },
    findings,
    errors: [],
    rules: RULES,
    inputs: [{ kind: 'compose', files: ['stack0/compose.yaml'] }],
    skipped: [],
    summary: summarize(50, n, findings, []),
    missing: [],
  };
}
