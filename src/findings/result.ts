/**
 * The result of a scan as data: what the formatters read. It lives with the findings (not in
 * scan.ts) so that report/ depends on data only, never on the pipeline.
 */
import type { FileDigest, InputError, Resource } from '../model/resource.js';
import type { Input, Skipped } from '../sources/discover.js';
import type { BaselineEntry } from './baseline.js';
import type { Finding, Rule, Severity } from './types.js';
import { SEVERITIES } from './types.js';

/** 1.1 added `rules`, `evidence`, `skipped`, a finding's `owner`, `suppression` and `baseline`, and `fixed`. */
export const SCHEMA_VERSION = '1.1.0';

export interface ScanSummary {
  inputs: number;
  resources: number;
  findings: number;
  suppressed: number;
  bySeverity: Record<Severity, number>;
  errors: number;
  warnings: number;
  /** With a baseline: findings not in it, in it, and in it but no longer found. */
  baseline?: { new: number; existing: number; fixed: number };
}

/** What was scanned, with what, when and how: the audit trail of one scan (one shard of a merge). */
export interface Evidence {
  /** ISO 8601, UTC. */
  generatedAt: string;
  tool: { name: string; version: string };
  policyBundle: { opaVersion: string; rules: number; wasmSha256: string; catalogSha256: string };
  /** Every input file read, relative to the working directory. */
  inputs: Array<{ file: string; sha256: string; bytes: number }>;
  accounts: string[];
  regions: string[];
  /** The command and the options it ran with, as given. */
  command: { name: string; paths: string[]; options: Record<string, string | boolean | string[]> };
}

export interface ScanResult {
  schemaVersion: string;
  tool: { name: 'palisade'; version: string };
  findings: Finding[];
  errors: InputError[];
  /** Rules that were evaluated (for SARIF's rule list and the docs). */
  rules: Rule[];
  inputs: Input[];
  summary: ScanSummary;
  /** Paths that do not exist: a usage error. */
  missing: string[];
  /** What discovery saw and did not read, with why (nothing is left out silently). */
  skipped: Skipped[];
  /** With a baseline: what it held that this scan no longer finds. */
  fixed?: BaselineEntry[];
  /**
   * The files read, hashed as they were (ScanOptions.digests): what the evidence record is made
   * from. Not a field of any report.
   */
  read?: FileDigest[];
  /** One record per scan this result holds (several after a merge); absent in pure pipeline results. */
  evidence?: Evidence[];
  /** A live scan: the accounts and regions read, from every resource loaded (not only those with findings). */
  live?: LiveScope;
}

export interface LiveScope {
  accounts: string[];
  regions: string[];
}

/**
 * The accounts and regions live resources came from. A live scan always loads per-region
 * resources (each region's Config recorder) and account ones, so a clean account is listed too.
 * `global` (IAM, the account's CloudTrail view) is not a region.
 */
export function liveScope(resources: Resource[]): LiveScope | undefined {
  const accounts = new Set<string>();
  const regions = new Set<string>();
  for (const r of resources) {
    if (r.provenance.kind !== 'cloud') continue;
    if (r.provenance.account) accounts.add(r.provenance.account);
    if (r.provenance.region && r.provenance.region !== 'global') regions.add(r.provenance.region);
  }
  return accounts.size + regions.size > 0 ? { accounts: [...accounts].sort(), regions: [...regions].sort() } : undefined;
}

export function summarize(inputs: number, resources: number, findings: Finding[], errors: InputError[]): ScanSummary {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) if (!f.suppressed) bySeverity[f.severity]++;
  return {
    inputs,
    resources,
    findings: findings.filter((f) => !f.suppressed).length,
    suppressed: findings.filter((f) => f.suppressed).length,
    bySeverity,
    errors: errors.filter((e) => e.level === 'error').length,
    warnings: errors.filter((e) => e.level === 'warning').length,
  };
}

/** The accounts and regions a result read: from the scan itself, else from its evidence (a report read back). */
export function liveOf(result: ScanResult): LiveScope | undefined {
  if (result.live) return result.live;
  const accounts = [...new Set((result.evidence ?? []).flatMap((e) => e.accounts))].sort();
  const regions = [...new Set((result.evidence ?? []).flatMap((e) => e.regions))].sort();
  return accounts.length + regions.length > 0 ? { accounts, regions } : undefined;
}

/** "3 inputs", "2 AWS accounts (3 regions)", "1 input and 1 AWS account (2 regions)": what a summary line says was scanned. */
export function scannedText(result: ScanResult): string {
  const n = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  const live = liveOf(result);
  const files = n(result.summary.inputs, 'input');
  if (!live || live.accounts.length === 0) return files;
  const aws = `${n(live.accounts.length, 'AWS account')}${live.regions.length ? ` (${n(live.regions.length, 'region')})` : ''}`;
  return result.summary.inputs > 0 ? `${files} and ${aws}` : aws;
}
