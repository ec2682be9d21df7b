/** The JSON report: the scan result as documented in the README (schemaVersion 1.x). It holds
 * everything the other formats need, so `palisade report` can re-render any of them from it. */
import type { ScanResult } from '../findings/result.js';

export function formatJson(result: ScanResult): string {
  const report = {
    schemaVersion: result.schemaVersion,
    tool: result.tool,
    summary: result.summary,
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      title: f.title,
      severity: f.severity,
      category: f.category,
      message: f.message,
      source: f.source,
      resource: f.resource,
      path: f.path,
      ...(f.location ? { location: f.location } : {}),
      ...(f.cloud ? { cloud: f.cloud } : {}),
      ...(f.cdk ? { cdk: f.cdk } : {}),
      ...(f.iac ? { iac: f.iac } : {}),
      ...(f.owner !== undefined ? { owner: f.owner } : {}),
      suppressed: f.suppressed,
      ...(f.suppression ? { suppression: f.suppression } : {}),
      ...(f.expiredWaiver ? { expiredWaiver: f.expiredWaiver } : {}),
      ...(f.baseline ? { baseline: f.baseline } : {}),
      fingerprint: f.fingerprint,
    })),
    ...(result.fixed ? { fixed: result.fixed } : {}),
    errors: result.errors.map((e) => ({ file: e.file, ...(e.line !== undefined ? { line: e.line } : {}), level: e.level, message: e.message })),
    inputs: result.inputs,
    // What discovery did not read, with why (issue 10 asks for it beside the inputs).
    skipped: result.skipped ?? [],
    rules: result.rules,
    ...(result.evidence ? { evidence: result.evidence } : {}),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
