/**
 * Baselines: a previous JSON (or SARIF) report. Findings whose fingerprint it holds are
 * `existing` and do not count for the exit code; the others are `new`; what it holds and the
 * scan no longer finds is `fixed`. Fingerprints may repeat (the same logical id in two
 * templates), so matching counts them: two findings against one baseline entry is one new.
 */
import type { Finding, Severity } from './types.js';
import { SEVERITIES } from './types.js';

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  severity?: Severity;
  message?: string;
  resource?: { id: string; name?: string };
  location?: { file: string; startLine: number };
}

export interface BaselineOutcome {
  findings: Finding[];
  fixed: BaselineEntry[];
  counts: { new: number; existing: number; fixed: number };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The entries of a JSON report or a SARIF log written by Palisade, or why it is not one. */
export function parseBaseline(text: string): { entries: BaselineEntry[] } | { error: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { error: 'not JSON (expected a Palisade JSON report or SARIF log)' };
  }
  if (isObj(doc) && Array.isArray(doc.findings)) {
    const entries: BaselineEntry[] = [];
    for (const f of doc.findings) {
      if (!isObj(f) || typeof f.fingerprint !== 'string' || typeof f.ruleId !== 'string') return { error: 'a finding has no fingerprint or ruleId' };
      const severity = typeof f.severity === 'string' && (SEVERITIES as readonly string[]).includes(f.severity) ? (f.severity as Severity) : undefined;
      const resource = isObj(f.resource) && typeof f.resource.id === 'string' ? { id: f.resource.id, ...(typeof f.resource.name === 'string' ? { name: f.resource.name } : {}) } : undefined;
      const loc = isObj(f.location) && typeof f.location.file === 'string' && typeof f.location.startLine === 'number' ? { file: f.location.file, startLine: f.location.startLine } : undefined;
      entries.push({
        fingerprint: f.fingerprint,
        ruleId: f.ruleId,
        ...(severity ? { severity } : {}),
        ...(typeof f.message === 'string' ? { message: f.message } : {}),
        ...(resource ? { resource } : {}),
        ...(loc ? { location: loc } : {}),
      });
    }
    return { entries };
  }
  if (isObj(doc) && Array.isArray(doc.runs)) {
    const entries: BaselineEntry[] = [];
    for (const run of doc.runs) {
      for (const r of isObj(run) && Array.isArray(run.results) ? run.results : []) {
        const fp = isObj(r) && isObj(r.partialFingerprints) ? r.partialFingerprints['palisadeFinding/v1'] : undefined;
        if (!isObj(r) || typeof fp !== 'string' || typeof r.ruleId !== 'string') return { error: 'a SARIF result has no palisadeFinding/v1 fingerprint' };
        entries.push({ fingerprint: fp, ruleId: r.ruleId });
      }
    }
    return { entries };
  }
  return { error: 'neither a Palisade JSON report (findings[]) nor a SARIF log (runs[])' };
}

export function applyBaseline(findings: Finding[], entries: BaselineEntry[]): BaselineOutcome {
  const left = new Map<string, BaselineEntry[]>();
  for (const e of entries) left.set(e.fingerprint, [...(left.get(e.fingerprint) ?? []), e]);
  const out = findings.map((f): Finding => {
    const pool = left.get(f.fingerprint);
    if (!pool || pool.length === 0) return { ...f, baseline: 'new' };
    // Prefer the entry for the same resource id, so repeated fingerprints pair up sensibly.
    const i = Math.max(0, pool.findIndex((e) => e.resource?.id === f.resource.id));
    pool.splice(i, 1);
    return { ...f, baseline: 'existing' };
  });
  const fixed = [...left.values()].flat();
  const existing = out.filter((f) => f.baseline === 'existing').length;
  return { findings: out, fixed, counts: { new: out.length - existing, existing, fixed: fixed.length } };
}
