/**
 * Reads a JSON report (ours, schemaVersion 1.x) back into a scan result, for `report`, `merge`
 * and `--compare`. Pure: text in, result or a list of problems out.
 */
import type { ScanResult } from '../findings/result.js';
import { summarize } from '../findings/result.js';
import type { Finding, Rule } from '../findings/types.js';
import { SEVERITIES } from '../findings/types.js';

export type ReadReport = { result: ScanResult; error?: undefined } | { result?: undefined; error: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function badFinding(f: unknown): string | undefined {
  if (!isObject(f)) return 'is not an object';
  for (const k of ['ruleId', 'title', 'message', 'source', 'path', 'fingerprint']) if (typeof f[k] !== 'string') return `has no string ${k}`;
  if (!(SEVERITIES as readonly string[]).includes(f.severity as string)) return 'has no valid severity';
  if (!isObject(f.resource) || typeof f.resource.id !== 'string') return 'has no resource id';
  if (f.suppressed !== null && typeof f.suppressed !== 'string') return 'has a suppressed that is neither null nor a reason';
  return undefined;
}

/**
 * `catalog` fills in the rules of a report written before 1.1 (which did not list them) from
 * the rules its findings name.
 */
export function readReport(text: string, catalog: Rule[] = []): ReadReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { error: `not JSON (${(err as Error).message})` };
  }
  if (!isObject(data)) return { error: 'not a Palisade JSON report (not an object)' };
  const version = data.schemaVersion;
  if (typeof version !== 'string' || !/^1\.\d+\.\d+$/.test(version)) return { error: `not a Palisade JSON report with schemaVersion 1.x (found ${JSON.stringify(version)?.slice(0, 40)})` };
  if (!Array.isArray(data.findings)) return { error: 'has no findings array' };
  for (const [i, f] of data.findings.entries()) {
    const bad = badFinding(f);
    if (bad) return { error: `findings[${i}] ${bad}` };
  }
  const findings = data.findings as Finding[];
  const errors = Array.isArray(data.errors) ? (data.errors as ScanResult['errors']) : [];
  const inputs = Array.isArray(data.inputs) ? (data.inputs as ScanResult['inputs']) : [];
  const skipped = Array.isArray(data.skipped) ? (data.skipped as ScanResult['skipped']) : [];
  const ids = new Set(findings.map((f) => f.ruleId));
  const rules = Array.isArray(data.rules) ? (data.rules as Rule[]) : catalog.filter((r) => ids.has(r.id));
  const tool = isObject(data.tool) && typeof data.tool.version === 'string' ? { name: 'palisade' as const, version: data.tool.version } : { name: 'palisade' as const, version: 'unknown' };
  const summary = isObject(data.summary) ? (data.summary as unknown as ScanResult['summary']) : summarize(inputs.length, 0, findings, errors);
  return {
    result: {
      schemaVersion: version,
      tool,
      findings,
      errors,
      rules,
      inputs,
      summary,
      missing: [],
      skipped,
      ...(Array.isArray(data.evidence) ? { evidence: data.evidence as NonNullable<ScanResult['evidence']> } : {}),
    },
  };
}
