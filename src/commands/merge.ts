/**
 * `palisade merge a.json b.json ... --json all.json`: one report from shards (a matrix of
 * repositories, accounts or regions), findings de-duplicated by fingerprint, every shard's
 * evidence kept. Merging a report with itself changes nothing.
 */
import type { ScanResult } from '../findings/result.js';
import { summarize } from '../findings/result.js';
import type { Finding, Rule } from '../findings/types.js';
import { severityRank } from '../findings/types.js';
import { formatConsole } from '../report/console.js';
import { UsageError } from '../errors.js';
import { outcome, type Outcome } from './outcome.js';
import { readReportFile, renderOutputs, type OutputFlags } from './outputs.js';

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Pure: the shards in the order given; the first occurrence of a finding, input or rule wins. */
export function mergeResults(shards: ScanResult[]): ScanResult {
  const findings: Finding[] = uniqueBy(shards.flatMap((s) => s.findings), (f) => f.fingerprint);
  // Keep the scans' own order (file, line) within a severity.
  findings.sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const errors = uniqueBy(shards.flatMap((s) => s.errors), (e) => JSON.stringify([e.file, e.line, e.level, e.message]));
  const inputs = uniqueBy(shards.flatMap((s) => s.inputs), (i) => JSON.stringify(i));
  const rules: Rule[] = uniqueBy(shards.flatMap((s) => s.rules), (r) => r.id);
  const evidence = uniqueBy(shards.flatMap((s) => s.evidence ?? []), (e) => JSON.stringify(e));
  const skipped = uniqueBy(shards.flatMap((s) => s.skipped ?? []), (k) => JSON.stringify([k.path, k.reason]));
  // Resources cannot be de-duplicated from a report: a shard's count is kept unless it is the same scan again.
  const resources = uniqueBy(shards, (s) => JSON.stringify([s.inputs, s.summary.resources])).reduce((n, s) => n + s.summary.resources, 0);
  const first = shards[0]!;
  return {
    schemaVersion: first.schemaVersion,
    tool: first.tool,
    findings,
    errors,
    rules,
    inputs,
    summary: summarize(inputs.length, resources, findings, errors),
    missing: [],
    skipped,
    ...(evidence.length ? { evidence } : {}),
  };
}

/**
 * Merges the shards and writes what was asked. With `failOn` (--fail-on), the exit code gates the
 * merged result as a scan's does (a shard's errors make it incomplete: 3; an active finding at or
 * above the threshold: 1); without it, merging reports and exits 0.
 */
export async function runMerge(files: string[], flags: OutputFlags & { failOn?: string }, cwd = process.cwd()): Promise<Outcome> {
  if (files.length === 0) throw new UsageError('merge: give the JSON reports to merge');
  if (!flags.json && !flags.sarif && !flags.html && !flags.markdown) throw new UsageError('merge: give at least one of --json, --sarif, --html, --markdown');
  const { exitCodeOf, parseFailOn } = await import('./scan.js');
  const failOn = parseFailOn(flags.failOn);
  const merged = mergeResults(files.map((f) => readReportFile(f, cwd)));
  const { files: out, stdout } = renderOutputs(merged, flags, cwd);
  const exitCode = failOn === undefined ? 0 : exitCodeOf(merged, failOn);
  return outcome({ exitCode, stdout, stderr: stdout ? '' : formatConsole(merged, { quiet: true, ...(failOn ? { failOn } : {}) }), files: out });
}
