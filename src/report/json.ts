/** The JSON report: the scan result as documented in the README (schemaVersion 1.x). It holds
 * everything the other formats need, so `palisade report` can re-render any of them from it. */
import type { ScanResult } from '../findings/result.js';
import type { Finding } from '../findings/types.js';
import type { InputError } from '../model/resource.js';

export function formatJson(result: ScanResult): string {
  const report = {
    schemaVersion: result.schemaVersion,
    tool: result.tool,
    summary: result.summary,
    findings: result.findings.map(reportedFinding),
    ...(result.fixed ? { fixed: result.fixed } : {}),
    errors: result.errors.map(reportedError),
    inputs: result.inputs,
    // What discovery did not read, with why (issue 10 asks for it beside the inputs).
    skipped: result.skipped ?? [],
    rules: result.rules,
    ...(result.evidence ? { evidence: result.evidence } : {}),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * A finding with the report's fields in the report's order. Built field by field rather than
 * with spreads of `{}`: a W1 report holds 80,000 of them.
 */
function reportedFinding(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    title: f.title,
    severity: f.severity,
    category: f.category,
    message: f.message,
    source: f.source,
    resource: f.resource,
    path: f.path,
  };
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
}

function reportedError(e: InputError): Record<string, unknown> {
  const out: Record<string, unknown> = { file: e.file };
  if (e.line !== undefined) out.line = e.line;
  out.level = e.level;
  out.message = e.message;
  return out;
}
